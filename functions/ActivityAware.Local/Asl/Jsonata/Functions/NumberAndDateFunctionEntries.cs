using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>
/// The registry entries of $round, $formatNumber, $formatBase, $formatInteger, $parseInteger, $fromMillis and $toMillis, with
/// jsonata-js 2.0.6's signatures; an undefined first argument gives undefined.
/// </summary>
internal static class NumberAndDateFunctionEntries
{
    public static IReadOnlyList<NativeFunction> All { get; } =
    [
        new("round", "<n-n?:n>", (_, a) => a[0] is double value ? NumberRounding.Round(value, a[1] as double?) : null),
        new("formatNumber", "<n-so?:s>", FormatNumber),
        new("formatBase", "<n-n?:s>", (_, a) => a[0] is double value ? BaseFormatting.FormatBase(value, a[1] as double?) : null),
        new("formatInteger", "<n-s:s>", (_, a) => a[0] is double value ? IntegerFormatting.FormatInteger(value, (string)a[1]!) : null),
        new("parseInteger", "<s-s:n>", (_, a) => a[0] is string text ? IntegerParsing.ParseInteger(text, (string)a[1]!) : null),
        new("fromMillis", "<n-s?s?:s>", (_, a) => a[0] is double millis ? DateTimeFormatting.FromMillis(millis, a[1] as string, a[2] as string) : null),
        new("toMillis", "<s-s?:n>", ToMillis),
    ];

    private static object? FormatNumber(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not double value)
            return null;
        var options = arguments[2] is JsonataObject members
            ? members.Where(m => m.Value is string).ToDictionary(m => m.Key, m => (string)m.Value!)
            : null;
        return NumberFormatting.FormatNumber(value, (string)arguments[1]!, options);
    }

    private static object? ToMillis(JsonataCallContext context, IReadOnlyList<object?> arguments) =>
        arguments[0] is string timestamp
            ? DateTimeParsing.ToMillis(timestamp, arguments[1] as string, context.Timestamp.ToUnixTimeMilliseconds())
            : null;
}
