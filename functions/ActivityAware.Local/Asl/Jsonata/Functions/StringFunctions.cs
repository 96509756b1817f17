using System.Text;
using System.Text.RegularExpressions;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>$string, $length, $substring, $substringBefore/After, $uppercase, $lowercase, $trim, $contains, $join.</summary>
internal static partial class StringFunctions
{
    public static object? String(JsonataCallContext context, IReadOnlyList<object?> arguments) =>
        JsonataValues.ToJsonataString(arguments[0], arguments[1] is true);

    /// <summary>Length in Unicode code points, as JavaScript's Array.from(str).length.</summary>
    public static object? Length(JsonataCallContext context, IReadOnlyList<object?> arguments) =>
        arguments[0] is string text ? (double)CodePoints(text).Count : null;

    public static object? Substring(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not string text)
        {
            return null;
        }

        var points = CodePoints(text);
        var start = (double)arguments[1]!;
        if (points.Count + start < 0)
        {
            start = 0;
        }

        if (arguments[2] is double length)
        {
            if (length <= 0)
            {
                return string.Empty;
            }

            var end = start >= 0 ? start + length : points.Count + start + length;
            return Slice(points, start, end);
        }

        return Slice(points, start, points.Count);
    }

    public static object? SubstringBefore(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not string text)
        {
            return null;
        }

        var at = arguments[1] is string chars ? text.IndexOf(chars, StringComparison.Ordinal) : -1;
        return at > -1 ? text[..at] : text;
    }

    public static object? SubstringAfter(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not string text)
        {
            return null;
        }

        var chars = arguments[1] as string;
        var at = chars is null ? -1 : text.IndexOf(chars, StringComparison.Ordinal);
        return at > -1 ? text[(at + chars!.Length)..] : text;
    }

    /// <summary>Upper case as JavaScript's toUpperCase, including its one common expansion (ß to SS).</summary>
    public static object? Uppercase(JsonataCallContext context, IReadOnlyList<object?> arguments) =>
        (arguments[0] as string)?.ToUpperInvariant().Replace("ß", "SS", StringComparison.Ordinal);

    public static object? Lowercase(JsonataCallContext context, IReadOnlyList<object?> arguments) =>
        (arguments[0] as string)?.ToLowerInvariant();

    /// <summary>Runs of space, tab, CR and LF become one space; a leading and trailing space is dropped.</summary>
    public static object? Trim(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not string text)
        {
            return null;
        }

        var result = WhiteSpaceRun().Replace(text, " ");
        if (result.StartsWith(' '))
        {
            result = result[1..];
        }

        if (result.EndsWith(' '))
        {
            result = result[..^1];
        }

        return result;
    }

    public static object? Contains(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not string text)
        {
            return null;
        }

        return arguments[1] switch
        {
            string chars => text.Contains(chars, StringComparison.Ordinal),
            JsonataRegex regex => regex.Regex.IsMatch(text),
            JsonataFunction matcher => context.Apply(matcher, text) is not null,
            _ => false,
        };
    }

    public static object? Join(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not JsonataArray strings)
        {
            return null;
        }

        var separator = arguments[1] as string ?? string.Empty;
        return string.Join(separator, strings.Select(item => (string)item!));
    }

    private static List<string> CodePoints(string text)
    {
        var points = new List<string>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                points.Add(text.Substring(i, 2));
                i++;
            }
            else
            {
                points.Add(text[i].ToString());
            }
        }

        return points;
    }

    /// <summary>JavaScript's Array.prototype.slice: fractions truncated, negative positions from the end.</summary>
    private static string Slice(List<string> points, double start, double end)
    {
        var from = Position(start, points.Count);
        var to = Position(end, points.Count);
        var result = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            result.Append(points[i]);
        }

        return result.ToString();
    }

    private static int Position(double relative, int count)
    {
        var truncated = double.IsNaN(relative) ? 0 : Math.Truncate(relative);
        var absolute = truncated < 0 ? Math.Max(count + truncated, 0) : Math.Min(truncated, count);
        return (int)absolute;
    }

    [GeneratedRegex("[ \t\n\r]+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpaceRun();
}
