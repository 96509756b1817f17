namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary>A step's stage: a filter predicate, or a <c>#$i</c> index binding placed after predicates.</summary>
internal sealed record Stage(Node? Filter, string? IndexVariable, int Position);
