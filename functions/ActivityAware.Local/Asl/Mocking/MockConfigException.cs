namespace ActivityAware.Local.Asl.Mocking;

/// <summary>A mock config file that is malformed or lacks the requested state machine / test case; the message names file and key.</summary>
public sealed class MockConfigException(string message, Exception? inner = null) : Exception(message, inner);
