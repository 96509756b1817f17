using System.Globalization;
using System.Text.RegularExpressions;
using ActivityAware.Core.Rules.Patterns;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ActivityAware.Core.Rules.Files;

/// <summary>
/// Reads YAML into a <see cref="PatternNode"/> with positions. Plain scalars follow the YAML core schema (true/false, null/~,
/// JSON-syntax numbers, so 0123 stays a string); quoted scalars are always strings, so <c>"true"</c> is the string and <c>true</c> the boolean.
/// </summary>
public static partial class YamlPatternNodeReader
{
    public static PatternNode Read(YamlNode node) => node switch
    {
        YamlMappingNode mapping => PatternNode.Object(mapping.Children.Select(c => new PatternProperty(
            ((YamlScalarNode)c.Key).Value ?? "", PositionOf(c.Key), Read(c.Value))).ToList(), PositionOf(node)),
        YamlSequenceNode sequence => PatternNode.Array(sequence.Children.Select(Read).ToList(), PositionOf(node)),
        YamlScalarNode scalar => Scalar(scalar),
        _ => PatternNode.Null(PositionOf(node)),
    };

    public static SourcePosition PositionOf(YamlNode node) => new((int)node.Start.Line, (int)node.Start.Column);

    private static PatternNode Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        var position = PositionOf(scalar);
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any)) return PatternNode.String(text, position);
        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => PatternNode.Null(position),
            "true" or "True" or "TRUE" => PatternNode.FromBoolean(true, position),
            "false" or "False" or "FALSE" => PatternNode.FromBoolean(false, position),
            _ when NumberSyntax().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) =>
                PatternNode.FromNumber(n, text, position),
            _ => PatternNode.String(text, position),
        };
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$")]
    private static partial Regex NumberSyntax();
}
