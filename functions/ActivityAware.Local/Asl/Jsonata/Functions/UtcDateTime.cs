namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>A JavaScript Date's UTC fields; <see cref="DayOfWeek"/> counts from Sunday = 0 as getUTCDay does.</summary>
public sealed record UtcDateTime(double EpochMillis, long Year, int Month, int Day, int Hour, int Minute, int Second, int Millisecond, int DayOfWeek);
