using System.Text;
using System.Text.Json;

namespace ActivityAware.Functions.Hosting;

/// <summary>
/// Structured JSON log lines (one object per line: level, step, message, eventId, ruleId, exception). The Lambda context (and with it the
/// execution id) is not available to a Stream handler, so lines carry the event and rule ids. Never pass secrets or destination URLs.
/// </summary>
public sealed class StepLog(string step, TextWriter writer, LogLevel minimum)
{
    public static StepLog Silent { get; } = new("none", TextWriter.Null, LogLevel.Error);

    public static StepLog FromEnvironment(FunctionEnvironment environment, string step)
    {
        var text = environment.Optional(SettingNames.LogLevel) ?? "info";
        return Enum.TryParse<LogLevel>(text, ignoreCase: true, out var level) && Enum.IsDefined(level)
            ? new StepLog(step, Console.Out, level)
            : throw new InvalidOperationException($"environment variable {SettingNames.LogLevel} is '{text}'; expected debug, info, warning or error");
    }

    public void Info(string message, string? eventId, string? ruleId, string? detail = null) => Write(LogLevel.Info, message, eventId, ruleId, detail, null);

    public void Warning(string message, string? eventId, string? ruleId, Exception? exception = null) => Write(LogLevel.Warning, message, eventId, ruleId, null, exception);

    /// <summary>Logs a failure and returns false, for use as an exception filter (<c>catch (Exception e) when (log.Failed(…))</c>): the exception propagates untouched.</summary>
    public bool Failed(Exception exception, string? eventId, string? ruleId)
    {
        Write(LogLevel.Error, "step failed", eventId, ruleId, null, exception);
        return false;
    }

    private void Write(LogLevel level, string message, string? eventId, string? ruleId, string? detail, Exception? exception)
    {
        if (level < minimum) return;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("level", level.ToString().ToLowerInvariant());
            w.WriteString("step", step);
            w.WriteString("message", message);
            if (eventId is not null) w.WriteString("eventId", eventId);
            if (ruleId is not null) w.WriteString("ruleId", ruleId);
            if (detail is not null) w.WriteString("detail", detail);
            if (exception is not null)
            {
                w.WriteString("errorType", exception.GetType().Name);
                w.WriteString("exception", exception.ToString());
            }
            w.WriteEndObject();
        }
        lock (writer) writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
