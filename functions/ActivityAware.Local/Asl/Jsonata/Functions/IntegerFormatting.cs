namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>$formatInteger: an integer written by an XPath integer picture (F&amp;O 3.1 §4.6.1).</summary>
public static class IntegerFormatting
{
    public static string FormatInteger(double value, string picture) => Format(Math.Floor(value), IntegerPicture.Analyse(picture));

    public static string Format(double value, IntegerPicture picture)
    {
        var negative = value < 0;
        value = Math.Abs(value);
        var text = picture.Primary switch
        {
            IntegerPresentation.Letters => AlphabeticNumerals.ToLetters(value, picture.Case == LetterCase.Upper ? 'A' : 'a'),
            IntegerPresentation.Roman => picture.Case == LetterCase.Upper ? RomanNumerals.ToRoman(value).ToUpperInvariant() : RomanNumerals.ToRoman(value),
            IntegerPresentation.Words => picture.Case switch
            {
                LetterCase.Upper => NumberWords.ToWords(value, picture.Ordinal).ToUpperInvariant(),
                LetterCase.Lower => NumberWords.ToWords(value, picture.Ordinal).ToLowerInvariant(),
                _ => NumberWords.ToWords(value, picture.Ordinal),
            },
            IntegerPresentation.Decimal => FormatDecimal(value, picture),
            _ => throw JsonataErrors.Create("D3130", value: picture.Token),
        };
        return negative ? "-" + text : text;
    }

    private static string FormatDecimal(double value, IntegerPicture picture)
    {
        var text = JavaScriptNumbers.ToText(value);
        if (picture.MandatoryDigits > text.Length)
            text = new string('0', picture.MandatoryDigits - text.Length) + text;
        text = picture.ToFamilyDigits(text);
        if (picture.RegularGrouping is { } regular)
        {
            for (var group = (text.Length - 1) / regular.Interval; group > 0; group--)
            {
                var at = text.Length - group * regular.Interval;
                text = JavaScriptStrings.Substring(text, 0, at) + regular.Character + JavaScriptStrings.Substring(text, at);
            }
        }
        else
        {
            foreach (var (position, character) in picture.GroupingSeparators)
            {
                var at = text.Length - position;
                text = JavaScriptStrings.Substring(text, 0, at) + character + JavaScriptStrings.Substring(text, at);
            }
        }
        if (picture.Ordinal)
            text += OrdinalSuffix(text);
        return text;
    }

    private static string OrdinalSuffix(string digits)
    {
        var last = digits[^1];
        var tens = digits.Length > 1 ? digits[^2] : '\0';
        return tens == '1' ? "th" : last switch { '1' => "st", '2' => "nd", '3' => "rd", _ => "th" };
    }
}
