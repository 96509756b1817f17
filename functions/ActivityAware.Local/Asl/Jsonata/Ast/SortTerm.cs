namespace ActivityAware.Local.Asl.Jsonata.Ast;

internal sealed record SortTerm(Node Expression, bool Descending);
