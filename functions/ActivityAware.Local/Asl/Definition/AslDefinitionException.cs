namespace ActivityAware.Local.Asl.Definition;

/// <summary>
/// A definition the interpreter cannot run, found at load: the message names the state and field
/// (<c>State 'Notify' field 'Resource': …</c>) so the author can fix it without running anything.
/// </summary>
public sealed class AslDefinitionException : Exception
{
    public AslDefinitionException(string message, Exception? inner = null) : base(message, inner)
    {
    }

    public AslDefinitionException(string? stateName, string field, string what, Exception? inner = null)
        : base(stateName is null ? $"Field '{field}': {what}" : $"State '{stateName}' field '{field}': {what}", inner)
    {
        StateName = stateName;
        Field = field;
    }

    public string? StateName { get; }

    public string? Field { get; }
}
