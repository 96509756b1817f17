namespace ActivityAware.Local.Input;

/// <summary>What a path given on the command line expands to: a source to read, a skipped file (with why), or a failure.</summary>
public sealed record InputEntry(IInputSource? Source, string Name, string? SkipReason, string? Error)
{
    public static InputEntry Read(IInputSource source) => new(source, source.Name, null, null);
    public static InputEntry Skipped(string name, string reason) => new(null, name, reason, null);
    public static InputEntry Failed(string name, string error) => new(null, name, null, error);
}
