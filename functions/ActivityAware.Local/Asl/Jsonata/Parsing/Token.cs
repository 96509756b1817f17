namespace ActivityAware.Local.Asl.Jsonata.Parsing;

/// <summary>A lexed token. Position is the offset just past it, where jsonata-js reports errors about it.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, object? Value, int Position)
{
    public bool Is(string operatorText) => Kind == TokenKind.Operator && Text == operatorText;
}
