using System.Text.RegularExpressions;
using ActivityAware.Core.Rules.Patterns;

namespace ActivityAware.Core.Rules.Files;

/// <summary>Reads and checks typed values of a rule file, recording each problem with its position.</summary>
internal sealed partial class RuleFieldReader(string file)
{
    public List<RuleFileError> Errors { get; } = [];

    public void Error(SourcePosition position, string message) =>
        Errors.Add(new RuleFileError(file, position.Line, position.Column, message));

    public string? Text(PatternNode node, string field, bool oneLine)
    {
        if (node.Kind != PatternNodeKind.String || node.Text.Trim().Length == 0)
        {
            Error(node.Position, $"'{field}' must be a non-empty text");
            return null;
        }
        if (oneLine && node.Text.Trim().Contains('\n'))
        {
            Error(node.Position, $"'{field}' must be one line");
            return null;
        }
        return node.Text.Trim();
    }

    public string? OneOf(PatternNode node, string field, IReadOnlyList<string> allowed)
    {
        if (node.Kind == PatternNodeKind.String && allowed.Contains(node.Text, StringComparer.Ordinal)) return node.Text;
        Error(node.Position, $"'{field}' is '{node.Text}'; expected one of: {string.Join(", ", allowed)}");
        return null;
    }

    public string? Matching(PatternNode node, string field, Regex syntax, string expected)
    {
        if (node.Kind == PatternNodeKind.String && syntax.IsMatch(node.Text)) return node.Text;
        Error(node.Position, $"'{field}' is '{node.Text}'; expected {expected}");
        return null;
    }

    public string? FieldPath(PatternNode node, string field) =>
        Matching(node, field, PathSyntax(), "a dotted record path such as userIdentity.arn");

    public IReadOnlyList<T> List<T>(PatternNode node, string field, Func<PatternNode, T?> read, bool allowEmpty = false)
        where T : class
    {
        if (node.Kind != PatternNodeKind.Array || (!allowEmpty && node.Items.Count == 0))
        {
            Error(node.Position, $"'{field}' must be a {(allowEmpty ? "" : "non-empty ")}list");
            return [];
        }
        return node.Items.Select(read).OfType<T>().ToList();
    }

    public TimeSpan? Duration(PatternNode node, string field)
    {
        var match = DurationSyntax().Match(node.Kind == PatternNodeKind.String ? node.Text : "");
        var value = match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var span = match.Groups[2].Value switch
        {
            "s" => TimeSpan.FromSeconds(value),
            "m" => TimeSpan.FromMinutes(value),
            "h" => TimeSpan.FromHours(value),
            _ => TimeSpan.Zero,
        };
        if (span > TimeSpan.Zero && span <= TimeSpan.FromHours(24)) return span;
        Error(node.Position, $"'{field}' is '{node.Text}'; expected a duration from 1s to 24h such as 30s, 5m or 1h");
        return null;
    }

    public int? PositiveInteger(PatternNode node, string field, int minimum, int maximum)
    {
        if (node.Kind == PatternNodeKind.Number && node.Number >= minimum && node.Number <= maximum && node.Number % 1 == 0)
            return (int)node.Number;
        Error(node.Position, $"'{field}' is '{node.Text}'; expected a whole number from {minimum} to {maximum}");
        return null;
    }

    /// <summary>Reports keys outside <paramref name="allowed"/>; returns the known ones by name.</summary>
    public Dictionary<string, PatternProperty> Fields(PatternNode node, string where, IReadOnlyList<string> allowed)
    {
        var known = new Dictionary<string, PatternProperty>(StringComparer.Ordinal);
        if (node.Kind != PatternNodeKind.Object)
        {
            Error(node.Position, $"{where} must be a mapping with keys: {string.Join(", ", allowed)}");
            return known;
        }
        foreach (var property in node.Properties)
        {
            if (allowed.Contains(property.Name, StringComparer.Ordinal))
                known[property.Name] = property;
            else
                Error(property.Position, $"unknown field '{property.Name}' in {where}; expected one of: {string.Join(", ", allowed)}");
        }
        return known;
    }

    [GeneratedRegex(@"^([0-9]{1,5})(s|m|h)$")]
    private static partial Regex DurationSyntax();

    [GeneratedRegex(@"^[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*$")]
    private static partial Regex PathSyntax();
}
