namespace ActivityAware.StateMachine.Tests.Differential;

/// <summary>A differential case reached a Task its mock config test case does not cover; the case is incomplete.</summary>
public sealed class UnmockedTaskException(string what)
    : Exception($"{what} is not mocked by the case's test case in tests/fixtures/differential/mock-config.json; add a mocked response for that state");
