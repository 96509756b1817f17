using ActivityAware.Local.Asl.Tasks;

namespace ActivityAware.Local.Asl.Mocking;

/// <summary>One MockedResponses entry: responses by attempt number ("0", "1-3", …).</summary>
public sealed class MockedStateResponses(IReadOnlyList<(int From, int To, TaskMockResponse Response)> ranges)
{
    public TaskMockResponse? ForAttempt(int attempt) =>
        ranges.Where(r => attempt >= r.From && attempt <= r.To).Select(r => r.Response).FirstOrDefault();
}
