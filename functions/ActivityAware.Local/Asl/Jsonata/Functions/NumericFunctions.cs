using System.Globalization;
using System.Text.RegularExpressions;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>$number, $abs, $floor, $ceil, $power, $sqrt ($random is Step Functions' seeded one, with the other Step Functions functions).</summary>
internal static partial class NumericFunctions
{
    public static object? Number(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        switch (arguments[0])
        {
            case null:
                return null;
            case double number:
                return number;
            case bool flag:
                return flag ? 1.0 : 0.0;
            case string text when DecimalNumber().IsMatch(text):
                var parsed = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                if (double.IsFinite(parsed))
                {
                    return parsed;
                }

                break;
            case string text when PrefixedInteger().Match(text) is { Success: true } match:
                return ParsePrefixed(match.Value);
        }

        throw JsonataErrors.Create("D3030", value: arguments[0], index: 1);
    }

    public static object? Abs(JsonataCallContext context, IReadOnlyList<object?> arguments) =>
        arguments[0] is double number ? Math.Abs(number) : null;

    public static object? Floor(JsonataCallContext context, IReadOnlyList<object?> arguments) =>
        arguments[0] is double number ? Math.Floor(number) : null;

    public static object? Ceil(JsonataCallContext context, IReadOnlyList<object?> arguments) =>
        arguments[0] is double number ? Math.Ceiling(number) : null;

    public static object? Power(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not double number || arguments[1] is not double exponent)
        {
            return null;
        }

        var result = Math.Pow(number, exponent);
        if (!double.IsFinite(result))
        {
            throw JsonataErrors.Create("D3061", value: number, value2: exponent);
        }

        return result;
    }

    public static object? Sqrt(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not double number)
        {
            return null;
        }

        if (number < 0)
        {
            throw JsonataErrors.Create("D3060", value: number, index: 1);
        }

        return Math.Sqrt(number);
    }

    /// <summary>JavaScript's Number() on 0x, 0o and 0b literals.</summary>
    private static double ParsePrefixed(string literal)
    {
        var radix = char.ToLowerInvariant(literal[1]) switch
        {
            'x' => 16,
            'o' => 8,
            _ => 2,
        };
        var value = 0.0;
        foreach (var digit in literal[2..])
        {
            value = (value * radix) + Convert.ToInt32(digit.ToString(), 16);
        }

        return value;
    }

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?([Ee][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalNumber();

    [GeneratedRegex(@"^(0[xX][0-9A-Fa-f]+|0[oO][0-7]+|0[bB][0-1]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixedInteger();
}
