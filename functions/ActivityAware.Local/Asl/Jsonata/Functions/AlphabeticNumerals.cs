using System.Text;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>Spreadsheet-column letters (a…z, aa, ab…) and back.</summary>
public static class AlphabeticNumerals
{
    public static string ToLetters(double value, char a)
    {
        var letters = new StringBuilder();
        while (value > 0)
        {
            letters.Insert(0, (char)((value - 1) % 26 + a));
            value = Math.Floor((value - 1) / 26);
        }
        return letters.ToString();
    }

    public static double ToNumber(string letters, char a)
    {
        double value = 0;
        for (var i = 0; i < letters.Length; i++)
            value += (letters[letters.Length - i - 1] - a + 1) * Math.Pow(26, i);
        return value;
    }
}
