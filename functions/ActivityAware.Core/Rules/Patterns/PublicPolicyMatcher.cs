namespace ActivityAware.Core.Rules.Patterns;

/// <summary>
/// <c>{"public-policy": true}</c>, an Activity Aware rule operator (not EventBridge's): the field holds a resource policy
/// (an object, or a string holding its JSON) that grants access to everyone, as <see cref="Policies.PublicPolicyAnalyzer"/>
/// decides. <see cref="FieldCondition"/> applies it to the whole value at its path; it matches no scalar on its own.
/// </summary>
internal sealed class PublicPolicyMatcher : ValueMatcher
{
    public const string Name = "public-policy";

    private PublicPolicyMatcher()
    {
    }

    public static PublicPolicyMatcher Instance { get; } = new();

    public override string Describe() => Name;
}
