using System.Globalization;

namespace ActivityAware.Functions.Hosting;

/// <summary>
/// Settings read once per container in the handlers' parameterless constructors. A required setting that is missing or malformed stops the
/// cold start with an error naming the variable; empty optional settings count as not set.
/// </summary>
public sealed class FunctionEnvironment(Func<string, string?> read)
{
    public static FunctionEnvironment Process { get; } = new(Environment.GetEnvironmentVariable);

    public string? Optional(string name) => read(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public string Required(string name, string what) =>
        Optional(name) ?? throw new InvalidOperationException($"environment variable {name} is not set; it must hold {what}");

    public TimeSpan RequiredMinutes(string name)
    {
        var text = Required(name, "a whole number of minutes");
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes > 0
            ? TimeSpan.FromMinutes(minutes)
            : throw new InvalidOperationException($"environment variable {name} is '{text}'; it must be a whole number of minutes greater than 0");
    }
}
