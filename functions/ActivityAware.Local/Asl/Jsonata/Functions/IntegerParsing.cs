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
            _ => throw JsonataErrors.Create("D3130", value: picture.Token),
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
        return JavaScriptNumbers.ParseInt(digits);
    }
}
