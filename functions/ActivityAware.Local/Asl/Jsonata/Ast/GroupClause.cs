namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary>The key/value pairs of an object constructor or a group-by <c>path{key: value}</c>.</summary>
internal sealed record GroupClause(IReadOnlyList<(Node Key, Node Value)> Pairs, int Position);
