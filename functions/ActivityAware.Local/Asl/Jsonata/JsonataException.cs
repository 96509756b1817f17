namespace ActivityAware.Local.Asl.Jsonata;

/// <summary>A JSONata syntax (S0xxx), type (T0xxx-T2xxx) or dynamic (D1xxx-D3xxx) error, with jsonata-js's code.</summary>
public sealed class JsonataException : Exception
{
    public JsonataException(string code, string message, int? position = null)
        : base(message)
    {
        Code = code;
        Position = position;
    }

    public string Code { get; }

    /// <summary>Character offset in the expression text where jsonata-js reports the error, when known.</summary>
    public int? Position { get; internal set; }

    /// <summary>The operator, function name or token the error arose in, when known.</summary>
    public string? Token
    {
        get => TokenValue switch
        {
            null => null,
            string text => text,
            var other => JsonataErrors.Quote(other),
        };
        internal set => TokenValue = value;
    }

    /// <summary>The token as jsonata-js holds it: a number token stays a number, so the message writes it unquoted.</summary>
    internal object? TokenValue { get; set; }

    /// <summary>The message, with the operator or function name filled in once the evaluator knows it.</summary>
    public override string Message => base.Message
        .Replace("{{{token}}}", Token ?? "undefined", StringComparison.Ordinal)
        .Replace("{{token}}", JsonataErrors.Quote(TokenValue), StringComparison.Ordinal);

    /// <summary>
    /// Fills in where the error arose, keeping what an inner frame already set. Returns false, so that callers use it as
    /// an exception filter: the error is annotated on its way out without being caught and rethrown at every level,
    /// which deep recursion would make quadratic.
    /// </summary>
    internal bool Locate(int? position, string? token)
    {
        Position ??= position;
        TokenValue ??= token;
        return false;
    }

    /// <summary>As <see cref="Locate"/>, but the position is the operator's own, replacing an inner one.</summary>
    internal bool LocateAt(int position, string token)
    {
        Position = position;
        TokenValue ??= token;
        return false;
    }
}
