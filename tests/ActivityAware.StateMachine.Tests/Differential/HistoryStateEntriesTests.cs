using ActivityAware.Aws.StepFunctions;

namespace ActivityAware.StateMachine.Tests.Differential;

public sealed class HistoryStateEntriesTests
{
    private static HistoryEvent Event(long id, long previous, string type, string? name = null, int? index = null) =>
        new(id, previous, type, name, index, null, null, null);

    [Fact]
    public void Read_InterleavedIterations_CanonicalOrderGroupsEachIterationByIndex()
    {
        var history = new[]
        {
            Event(1, 0, "ExecutionStarted"),
            Event(2, 0, "MapStateEntered", "Fan"),
            Event(3, 2, "MapStateStarted"),
            Event(4, 3, "MapIterationStarted", "Fan", 1),
            Event(5, 3, "MapIterationStarted", "Fan", 0),
            Event(6, 4, "TaskStateEntered", "Work"),
            Event(7, 5, "TaskStateEntered", "Work"),
            Event(8, 6, "PassStateEntered", "Done"),
            Event(9, 8, "MapIterationSucceeded", "Fan", 1),
            Event(10, 7, "PassStateEntered", "Done"),
            Event(11, 10, "MapIterationSucceeded", "Fan", 0),
            Event(12, 11, "MapStateExited", "Fan"),
            Event(13, 12, "PassStateEntered", "After"),
        };

        var entries = HistoryStateEntries.Read(history);

        Assert.Equal(["Fan", "Fan[1]/Work", "Fan[0]/Work", "Fan[1]/Done", "Fan[0]/Done", "After"], entries.Select(e => e.Label));
        Assert.Equal(["Fan", "Fan[0]/Work", "Fan[0]/Done", "Fan[1]/Work", "Fan[1]/Done", "After"],
            StateEntryOrder.Canonical(entries).Select(e => e.Label));
    }

    [Fact]
    public void Read_SequentialIterationChainedToPreviousIteration_StartsItsOwnFrame()
    {
        var history = new[]
        {
            Event(1, 0, "MapStateEntered", "Fan"),
            Event(2, 1, "MapIterationStarted", "Fan", 0),
            Event(3, 2, "PassStateEntered", "Work"),
            Event(4, 3, "MapIterationSucceeded", "Fan", 0),
            Event(5, 3, "MapIterationStarted", "Fan", 1),
            Event(6, 5, "PassStateEntered", "Work"),
        };

        Assert.Equal(["Fan", "Fan[0]/Work", "Fan[1]/Work"], HistoryStateEntries.Read(history).Select(e => e.Label));
    }
}
