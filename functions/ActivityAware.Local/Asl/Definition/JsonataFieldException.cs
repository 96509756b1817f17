namespace ActivityAware.Local.Asl.Definition;

/// <summary>
/// A JSONata expression of a definition that Step Functions refuses at creation: <see cref="Code"/> is AWS's diagnostic code
/// (INVALID_JSONATA_EXPRESSION, UNSUPPORTED_JSONATA_EXPRESSION), <see cref="Location"/> the field it sits in (<c>Output/a/b</c>,
/// <c>Choices[0]/Condition</c>). The message is AWS's <c>CODE: message</c>.
/// </summary>
public sealed class JsonataFieldException(string code, string location, string reason, Exception? inner = null)
    : FormatException($"{code}: {reason}", inner)
{
    public const string Invalid = "INVALID_JSONATA_EXPRESSION";
    public const string Unsupported = "UNSUPPORTED_JSONATA_EXPRESSION";

    public string Code => code;

    public string Location => location;
}
