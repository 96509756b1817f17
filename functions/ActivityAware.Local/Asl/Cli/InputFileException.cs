namespace ActivityAware.Local.Asl.Cli;

/// <summary>The execution input file of <c>asl run</c> is not valid JSON.</summary>
public sealed class InputFileException(string message, Exception inner) : Exception(message, inner);
