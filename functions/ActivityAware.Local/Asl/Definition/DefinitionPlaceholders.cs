using System.Text.RegularExpressions;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>The <c>${KEY}</c> placeholders a definition uses; <c>asl graph</c> keeps unsubstituted ones as written.</summary>
public sealed partial class DefinitionPlaceholders(string definitionText)
{
    [GeneratedRegex(@"\$\{([^}]*)\}")]
    private static partial Regex Placeholder();

    public IReadOnlyList<string> Keys { get; } = Placeholder().Matches(definitionText).Select(m => m.Groups[1].Value).Distinct().ToList();
}
