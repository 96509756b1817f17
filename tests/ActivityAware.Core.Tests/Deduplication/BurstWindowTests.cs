using ActivityAware.Core.Deduplication;

namespace ActivityAware.Core.Tests.Deduplication;

public sealed class BurstWindowTests
{
    private const int Threshold = 3;
    private const long Window = 300;

    private static BurstUpdate ObserveAll(params (string Value, long Time)[] events)
    {
        IReadOnlyList<BurstEntry> entries = [];
        BurstUpdate? last = null;
        foreach (var (value, time) in events)
        {
            last = BurstWindow.Observe(entries, value, time, Threshold, Window);
            entries = last.Entries;
        }
        return last!;
    }

    [Fact]
    public void Observe_ThresholdDistinctValuesWithinTheWindow_Reaches()
    {
        Assert.False(ObserveAll(("ListUsers", 1000), ("ListRoles", 1010)).Reached);
        Assert.True(ObserveAll(("ListUsers", 1000), ("ListRoles", 1010), ("ListBuckets", 1020)).Reached);
    }

    [Fact]
    public void Observe_TheSameValueAgain_DoesNotCountTwice()
    {
        var update = ObserveAll(("ListUsers", 1000), ("ListUsers", 1001), ("ListRoles", 1002), ("ListRoles", 1003));

        Assert.False(update.Reached);
        Assert.Equal(2, update.Count);
    }

    [Fact]
    public void Observe_ValuesSpreadWiderThanTheWindow_DoNotReach()
    {
        var update = ObserveAll(("ListUsers", 1000), ("ListRoles", 1200), ("ListBuckets", 1000 + Window + 1));

        Assert.False(update.Reached);
        Assert.Equal(["ListRoles", "ListBuckets"], update.Entries.Select(e => e.Value).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void Observe_ValuesExactlyOneWindowApart_StillReach()
    {
        Assert.True(ObserveAll(("ListUsers", 1000), ("ListRoles", 1100), ("ListBuckets", 1000 + Window)).Reached);
    }

    [Fact]
    public void Observe_AnEventArrivingLateButInsideTheWindow_Counts()
    {
        Assert.True(ObserveAll(("ListUsers", 1200), ("ListRoles", 1250), ("ListBuckets", 1100)).Reached);
    }

    [Fact]
    public void Observe_AnEventOlderThanTheWindowOfTheNewest_NeitherCountsNorReaches()
    {
        var update = ObserveAll(("ListUsers", 2000), ("ListRoles", 2010), ("ListBuckets", 2000 - Window - 1));

        Assert.False(update.Reached);
        Assert.Equal(2, update.Count);
    }

    [Fact]
    public void Observe_AValueSeenAgainLater_MovesItsTimeForward()
    {
        var update = ObserveAll(("ListUsers", 1000), ("ListRoles", 1100), ("ListUsers", 1350), ("ListBuckets", 1360));

        Assert.True(update.Reached);
        Assert.Equal(1350, update.Entries.Single(e => e.Value == "ListUsers").Time);
    }

    [Fact]
    public void Observe_ManyValues_KeepsOnlyTheThresholdMostRecent()
    {
        var events = Enumerable.Range(0, 50).Select(i => ($"Action{i}", 1000L + i)).ToArray();

        var update = ObserveAll(events);

        Assert.True(update.Reached);
        Assert.Equal(["Action47", "Action48", "Action49"], update.Entries.Select(e => e.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Observe_AValueArrivingLateWithAnOlderTime_KeepsItsLaterTime()
    {
        var first = BurstWindow.Observe([], "ListUsers", 1000, Threshold, Window);
        var late = BurstWindow.Observe(first.Entries, "ListUsers", 990, Threshold, Window);

        Assert.Equal(1000, late.Entries.Single().Time);
    }

    [Theory]
    [InlineData(0, 300)]
    [InlineData(3, 0)]
    public void Observe_ImpossibleThresholdOrWindow_Throws(int threshold, long window) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BurstWindow.Observe([], "x", 1, threshold, window));
}
