using System.Globalization;
using System.Text;

namespace ActivityAware.Local.Asl.Jsonata.Values;

/// <summary>JavaScript's Number-to-string conversion (ECMAScript Number::toString): shortest round-trip digits, exponent form outside 1e-7..1e21.</summary>
public static class JavaScriptNumber
{
    public static string ToString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        var negative = value < 0;
        var (digits, exponent) = ShortestDigits(Math.Abs(value));
        var k = digits.Length;
        var n = exponent;
        var text = new StringBuilder();
        if (negative)
        {
            text.Append('-');
        }

        if (k <= n && n <= 21)
        {
            text.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            text.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            text.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            text.Append(digits[0]);
            if (k > 1)
            {
                text.Append('.').Append(digits, 1, k - 1);
            }

            var e = n - 1;
            text.Append('e').Append(e >= 0 ? '+' : '-').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>JavaScript's Number(x.toPrecision(15)): jsonata-js rounds numbers this way before turning them into strings.</summary>
    public static double ToPrecision15(double value) =>
        double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The shortest round-trip decimal digits d1..dk and n such that the value is 0.d1..dk × 10^n.</summary>
    private static (string Digits, int Exponent) ShortestDigits(double positive)
    {
        var roundTrip = positive.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var ePosition = roundTrip.IndexOf('E', StringComparison.Ordinal);
        var mantissa = roundTrip;
        if (ePosition >= 0)
        {
            exponent = int.Parse(roundTrip.AsSpan(ePosition + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = roundTrip[..ePosition];
        }

        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = point >= 0 ? point : mantissa.Length;
        var allDigits = mantissa.Replace(".", string.Empty, StringComparison.Ordinal);
        var leadingZeros = 0;
        while (leadingZeros < allDigits.Length - 1 && allDigits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        var digits = allDigits[leadingZeros..].TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, integerDigits - leadingZeros + exponent);
    }
}
