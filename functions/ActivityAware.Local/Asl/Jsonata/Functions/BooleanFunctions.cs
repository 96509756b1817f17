using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>$boolean, $not, $exists.</summary>
internal static class BooleanFunctions
{
    public static object? Boolean(JsonataCallContext context, IReadOnlyList<object?> arguments) => JsonataValues.ToBoolean(arguments[0]);

    public static object? Not(JsonataCallContext context, IReadOnlyList<object?> arguments) => !JsonataValues.ToBoolean(arguments[0]);

    public static object? Exists(JsonataCallContext context, IReadOnlyList<object?> arguments) => arguments[0] is not null;
}
