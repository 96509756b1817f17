namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>The English month and day names date-time pictures write and read; days indexed from Monday = 1.</summary>
public static class CalendarNames
{
    public static IReadOnlyList<string> Months { get; } =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static IReadOnlyList<string> Days { get; } = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
}
