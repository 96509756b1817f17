using System.Globalization;
using System.Numerics;
using System.Text;

using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>
/// JavaScript's number-to-text conversions (ECMA-262 Number::toString, toFixed, toString(radix)) and Math.round, which several
/// jsonata-js functions build on: their results depend on these exact spellings and rounding rules.
/// </summary>
public static class JavaScriptNumbers
{
    /// <summary>Number.prototype.toString(), as the value model writes numbers.</summary>
    public static string ToText(double value) => JavaScriptNumber.ToString(value);

    /// <summary>Number.prototype.toFixed(fractionDigits): the exact binary value rounded half up; from 1e21 the plain text.</summary>
    public static string ToFixed(double value, int fractionDigits)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) >= 1e21)
            return ToText(value);
        var negative = value < 0;
        var scaled = RoundHalfUpScaled(Math.Abs(value), fractionDigits);
        var text = scaled.ToString(CultureInfo.InvariantCulture);
        if (fractionDigits > 0)
        {
            text = text.PadLeft(fractionDigits + 1, '0');
            text = text[..^fractionDigits] + "." + text[^fractionDigits..];
        }
        return (negative && scaled != 0 ? "-" : "") + text;
    }

    /// <summary>round(value × 10^digits), ties away from zero, computed on the exact binary value of a non-negative double.</summary>
    private static BigInteger RoundHalfUpScaled(double value, int digits)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponentBits = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & 0xF_FFFF_FFFF_FFFFL;
        var mantissa = exponentBits == 0 ? fraction : fraction | (1L << 52);
        var binaryExponent = (exponentBits == 0 ? 1 : exponentBits) - 1075;
        var numerator = new BigInteger(mantissa) * BigInteger.Pow(10, digits);
        if (binaryExponent >= 0)
            return numerator << binaryExponent;
        var denominator = BigInteger.One << -binaryExponent;
        return (2 * numerator + denominator) / (2 * denominator);
    }

    /// <summary>Number.prototype.toString(radix) for an integral value: its exact digits in that base.</summary>
    public static string ToRadixText(double integralValue, int radix)
    {
        if (double.IsNaN(integralValue) || double.IsInfinity(integralValue))
            return ToText(integralValue);
        var magnitude = new BigInteger(Math.Abs(integralValue));
        if (magnitude.IsZero)
            return "0";
        var digits = new StringBuilder();
        while (!magnitude.IsZero)
        {
            var digit = (int)(magnitude % radix);
            digits.Insert(0, (char)(digit < 10 ? '0' + digit : 'a' + digit - 10));
            magnitude /= radix;
        }
        return (integralValue < 0 ? "-" : "") + digits;
    }

    /// <summary>Math.round: the nearest integer, ties towards +∞.</summary>
    public static double Round(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
            return value;
        var floor = Math.Floor(value);
        var rounded = value - floor >= 0.5 ? floor + 1 : floor;
        return rounded == 0 && value < 0 ? -0.0 : rounded;
    }

    /// <summary>JavaScript's unary plus on text: the number it spells, or NaN.</summary>
    public static double Parse(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;

    /// <summary>parseInt(text) in base 10: optional white space and sign, then the leading digits; NaN without any.</summary>
    public static double ParseInt(string text)
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
