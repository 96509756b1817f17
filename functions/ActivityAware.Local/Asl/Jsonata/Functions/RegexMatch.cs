namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>One match of a regex: its text, where it starts and ends (UTF-16 indexes), and its groups (null for a group that took no part).</summary>
public sealed record RegexMatch(string Value, int Start, int End, IReadOnlyList<string?> Groups);
