namespace ActivityAware.Core.Rules.Patterns;

/// <summary>The JSON type of a <see cref="PatternNode"/>.</summary>
public enum PatternNodeKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}
