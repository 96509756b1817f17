using System.Text.RegularExpressions;

namespace ActivityAware.StateMachine.Tests.Static;

/// <summary>Every <c>${X}</c> in the definition has a DefinitionSubstitutions entry, and every entry is used.</summary>
public static partial class SubstitutionCheck
{
    public static IReadOnlyList<string> Find(string definitionText, IReadOnlySet<string> substitutionKeys)
    {
        var placeholders = Placeholder().Matches(definitionText).Select(match => match.Groups[1].Value).ToHashSet();
        return placeholders.Except(substitutionKeys).Order()
            .Select(name => $"${{{name}}} is in the definition but has no DefinitionSubstitutions entry; it would reach AWS literally.")
            .Concat(substitutionKeys.Except(placeholders).Order()
                .Select(name => $"DefinitionSubstitutions.{name} is not used by the definition; remove it or use it."))
            .ToList();
    }

    [GeneratedRegex(@"\$\{([^}]*)\}")]
    private static partial Regex Placeholder();
}
