namespace ActivityAware.Core.Rules.Patterns;

/// <summary><c>null</c>: a leaf that is JSON null. An absent field is not null (use exists:false for that).</summary>
internal sealed class NullMatcher : ValueMatcher
{
    public static readonly NullMatcher Instance = new();

    public override bool MatchesNull() => true;

    public override string Describe() => "null";
}
