namespace ActivityAware.Local.Asl.Jsonata.Parsing;

internal enum TokenKind
{
    Operator,
    Name,
    Variable,
    String,
    Number,
    Value,
    Regex,
    End,
}
