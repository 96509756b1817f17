namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>$formatBase: an integer's digits in a base from 2 to 36.</summary>
public static class BaseFormatting
{
    public static string FormatBase(double value, double? radix = null)
    {
        var rounded = NumberRounding.Round(value);
        var numberBase = radix is { } r ? NumberRounding.Round(r) : 10;
        if (numberBase < 2 || numberBase > 36)
            throw JsonataErrors.Create("D3100", value: numberBase);
        return JavaScriptNumbers.ToRadixText(rounded, (int)numberBase);
    }
}
