namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>$parseInteger: the integer a string spells in an XPath integer picture; like jsonata-js it does not check the string's shape.</summary>
public static class IntegerParsing
{
    public static double ParseInteger(string text, string picture) => Parse(text, IntegerPicture.Analyse(picture));

    public static double Parse(string text, IntegerPicture picture)
    {
        var upper = picture.Case == LetterCase.Upper;
        return picture.Primary switch
        {
            IntegerPresentation.Letters => AlphabeticNumerals.ToNumber(text, upper ? 'A' : 'a'),
            IntegerPresentation.Roman => RomanNumerals.ToNumber(upper ? text : text.ToUpperInvariant()),
            IntegerPresentation.Words => NumberWords.ToNumber(text.ToLowerInvariant()),
            IntegerPresentation.Decimal => ParseDecimal(text, picture),
            _ => throw new JsonataException("D3130", $"Formatting or parsing an integer as a sequence starting with '{picture.Token}' is not supported by this implementation"),
        };
    }

    private static double ParseDecimal(string text, IntegerPicture picture)
    {
        var digits = picture.Ordinal ? JavaScriptStrings.Substring(text, 0, text.Length - 2) : text;
        // jsonata-js strips commas for any regular grouping, whatever its separator, and each listed separator otherwise.
        if (picture.RegularGrouping is not null)
            digits = digits.Replace(",", "");
        else
            digits = picture.GroupingSeparators.Aggregate(digits, (d, s) => d.Replace(s.Character, ""));
        if (picture.ZeroCode != '0')
            digits = string.Concat(digits.EnumerateRunes().Select(r => char.ConvertFromUtf32(r.Value - picture.ZeroCode + '0')));
        return ParseIntPrefix(digits);
    }

    /// <summary>JavaScript's parseInt(text) in base 10: an optional sign and the leading digits after leading white space, else NaN.</summary>
    private static double ParseIntPrefix(string text)
    {
        var s = text.TrimStart();
        var i = 0;
        var negative = false;
        if (i < s.Length && s[i] is '+' or '-')
            negative = s[i++] == '-';
        var start = i;
        double value = 0;
        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
            value = value * 10 + (s[i] - '0');
        if (i == start)
            return double.NaN;
        return negative ? -value : value;
    }
}
