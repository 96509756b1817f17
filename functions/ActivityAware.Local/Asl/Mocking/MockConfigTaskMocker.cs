using ActivityAware.Local.Asl.Tasks;

namespace ActivityAware.Local.Asl.Mocking;

/// <summary>The mocks of one test case: state name → its mocked responses.</summary>
public sealed class MockConfigTaskMocker(IReadOnlyDictionary<string, MockedStateResponses> states) : ITaskMocker
{
    public IReadOnlyCollection<string> MockedStates => states.Keys.ToList();

    public bool Covers(string stateName) => states.ContainsKey(stateName);

    public TaskMockResponse? ResponseFor(string stateName, int retryCount) =>
        states.TryGetValue(stateName, out var responses) ? responses.ForAttempt(retryCount) : null;
}
