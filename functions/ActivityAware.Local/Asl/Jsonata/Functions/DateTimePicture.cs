using System.Globalization;
using System.Text.RegularExpressions;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>A date-time picture string such as "[Y0001]-[M01]-[D01]" read into literals and variable markers, as jsonata-js reads it.</summary>
public static partial class DateTimePicture
{
    public const string Iso8601 = "[Y0001]-[M01]-[D01]T[H01]:[m01]:[s01].[f001][Z01:01t]";

    private static readonly Dictionary<char, string> DefaultPresentations = new()
    {
        ['Y'] = "1", ['M'] = "1", ['D'] = "1", ['d'] = "1", ['F'] = "n", ['W'] = "1", ['w'] = "1", ['X'] = "1", ['x'] = "1", ['H'] = "1",
        ['h'] = "1", ['P'] = "n", ['m'] = "01", ['s'] = "01", ['f'] = "1", ['Z'] = "01:01", ['z'] = "01:01", ['C'] = "n", ['E'] = "n",
    };

    public static IReadOnlyList<DateTimeMarker> Analyse(string picture)
    {
        var parts = new List<DateTimeMarker>();
        void AddLiteral(int from, int to)
        {
            if (to > from)
                parts.Add(new DateTimeMarker { Literal = picture[from..to].Replace("]]", "]") });
        }
        int start = 0, position = 0;
        while (position < picture.Length)
        {
            if (picture[position] == '[')
            {
                if (position + 1 < picture.Length && picture[position + 1] == '[')
                {
                    AddLiteral(start, position);
                    parts.Add(new DateTimeMarker { Literal = "[" });
                    position += 2;
                    start = position;
                    continue;
                }
                AddLiteral(start, position);
                start = position;
                position = picture.IndexOf(']', start);
                if (position == -1)
                    throw new JsonataException("D3135", "No matching closing bracket ']' in date/time picture string");
                parts.Add(AnalyseMarker(Whitespace().Replace(picture[(start + 1)..position], "")));
                start = position + 1;
            }
            position++;
        }
        AddLiteral(start, position);
        return parts;
    }

    private static DateTimeMarker AnalyseMarker(string marker)
    {
        var component = marker.Length > 0 ? marker[0] : '\0';
        var comma = marker.LastIndexOf(',');
        double? minWidth = null, maxWidth = null;
        string modifiers;
        if (comma != -1)
        {
            var width = marker[(comma + 1)..];
            var dash = width.IndexOf('-');
            minWidth = ParseWidth(dash == -1 ? width : width[..dash]);
            maxWidth = dash == -1 ? null : ParseWidth(width[(dash + 1)..]);
            modifiers = JavaScriptStrings.Substring(marker, 1, comma);
        }
        else
        {
            modifiers = JavaScriptStrings.Substring(marker, 1);
        }
        string? presentation1;
        char? presentation2 = null;
        if (modifiers.Length == 1)
        {
            presentation1 = modifiers;
        }
        else if (modifiers.Length > 1 && "atco".Contains(modifiers[^1]))
        {
            presentation2 = modifiers[^1];
            presentation1 = modifiers[..^1];
        }
        else if (modifiers.Length > 1)
        {
            presentation1 = modifiers;
        }
        else
        {
            presentation1 = DefaultPresentations.GetValueOrDefault(component);
        }
        if (presentation1 is null)
            throw new JsonataException("D3132", $"Unknown component specifier {component} in date/time picture string");

        var result = new DateTimeMarker
        {
            Component = component,
            Presentation1 = presentation1,
            Presentation2 = presentation2,
            MinWidth = minWidth,
            MaxWidth = maxWidth,
        };
        if (presentation1.StartsWith('n'))
            return result with { Names = LetterCase.Lower };
        if (presentation1.StartsWith('N'))
            return result with { Names = presentation1.Length > 1 && presentation1[1] == 'n' ? LetterCase.Title : LetterCase.Upper };
        if ("YMDdFWwXxHhmsf".Contains(component))
            return WithIntegerFormat(result, presentation2 is { } p2 ? presentation1 + ";" + p2 : presentation1);
        if (component is 'Z' or 'z')
            return result with { IntegerFormat = IntegerPicture.Analyse(presentation1) };
        return result;
    }

    private static DateTimeMarker WithIntegerFormat(DateTimeMarker marker, string integerPattern)
    {
        var format = IntegerPicture.Analyse(integerPattern);
        if (marker.MinWidth is { } min && format.MandatoryDigits < min)
            format = format with { MandatoryDigits = (int)min };
        if (marker.Component != 'Y')
            return marker with { IntegerFormat = format };
        var yearDigits = -1;
        if (marker.MaxWidth is { } max)
        {
            yearDigits = (int)max;
            format = format with { MandatoryDigits = yearDigits };
        }
        else if (format.MandatoryDigits + format.OptionalDigits >= 2)
        {
            yearDigits = format.MandatoryDigits + format.OptionalDigits;
        }
        return marker with { IntegerFormat = format, YearDigits = yearDigits };
    }

    /// <summary>A width: '*' or nothing is no limit; otherwise parseInt of it (NaN if it has no leading digits).</summary>
    private static double? ParseWidth(string width)
    {
        if (width == "*")
            return null;
        var digits = LeadingDigits().Match(width);
        return digits.Success ? double.Parse(digits.Value, CultureInfo.InvariantCulture) : double.NaN;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\s*[-+]?[0-9]+")]
    private static partial Regex LeadingDigits();
}
