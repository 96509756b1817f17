namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>Roman numerals (lower case, m for each thousand) and back.</summary>
public static class RomanNumerals
{
    private static readonly (int Value, string Numeral)[] Numerals =
    [
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
        (4, "iv"), (1, "i"),
    ];

    public static string ToRoman(double value)
    {
        var result = new System.Text.StringBuilder();
        foreach (var (numeralValue, numeral) in Numerals)
        {
            for (; value >= numeralValue; value -= numeralValue)
                result.Append(numeral);
        }
        return result.ToString();
    }

    /// <summary>The value of upper-case numerals: a numeral smaller than one to its right is subtracted; other letters count 0.</summary>
    public static double ToNumber(string upperCaseNumerals)
    {
        double total = 0, max = 1;
        for (var i = upperCaseNumerals.Length - 1; i >= 0; i--)
        {
            double value = upperCaseNumerals[i] switch
            {
                'M' => 1000, 'D' => 500, 'C' => 100, 'L' => 50, 'X' => 10, 'V' => 5, 'I' => 1, _ => double.NaN,
            };
            if (value < max)
            {
                total -= value;
            }
            else
            {
                max = value;
                total += value;
            }
        }
        return total;
    }
}
