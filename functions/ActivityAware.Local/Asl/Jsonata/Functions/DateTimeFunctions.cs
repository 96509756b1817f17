using System.Globalization;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>$now and $millis: the evaluation's fixed instant.</summary>
internal static class DateTimeFunctions
{
    public static object? Millis(JsonataCallContext context, IReadOnlyList<object?> arguments) =>
        (double)context.Timestamp.ToUnixTimeMilliseconds();

    /// <summary>ISO 8601 with milliseconds in UTC; with a picture or timezone, formatted as $fromMillis does.</summary>
    public static object? Now(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        var millis = (double)context.Timestamp.ToUnixTimeMilliseconds();
        if ((arguments[0] is not null || arguments[1] is not null) && context.LookupFunction("fromMillis") is { } fromMillis)
        {
            return context.Apply(fromMillis, millis, arguments[0], arguments[1]);
        }

        return DateTimeOffset.FromUnixTimeMilliseconds((long)millis).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }
}
