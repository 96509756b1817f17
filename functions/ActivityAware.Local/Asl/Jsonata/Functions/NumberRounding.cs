namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>$round: half to even, at a number of decimal places.</summary>
public static class NumberRounding
{
    /// <summary>
    /// $round(number, precision?). As jsonata-js, the decimal point is shifted in the number's text ("1.005e2"), not by multiplying,
    /// so 2.675 at 2 places is 2.68 (the text has the tie) though the double is just below it.
    /// </summary>
    public static double Round(double value, double? precision = null)
    {
        var shift = precision is { } p && p != 0 ? p : 0;
        var shifted = shift == 0 ? value : ShiftDecimalPoint(value, shift);
        var result = JavaScriptNumbers.Round(shifted);
        if (Math.Abs(result - shifted) == 0.5 && Math.Abs(result % 2) == 1)
            result -= 1;
        if (shift != 0)
            result = ShiftDecimalPoint(result, -shift);
        return result == 0 ? 0 : result;
    }

    private static double ShiftDecimalPoint(double value, double places)
    {
        var text = JavaScriptNumbers.ToText(value);
        var e = text.IndexOf('e');
        var exponent = e < 0 ? places : JavaScriptNumbers.Parse(text[(e + 1)..]) + places;
        var mantissa = e < 0 ? text : text[..e];
        return JavaScriptNumbers.Parse(mantissa + "e" + JavaScriptNumbers.ToText(exponent));
    }
}
