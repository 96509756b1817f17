using System.Text.Json;

namespace ActivityAware.Core.CloudTrail.Reading;

/// <summary>
/// The reason part of a System.Text.Json error. Its own "LineNumber: | BytePositionInLine:" suffix counts from wherever the
/// parser was restarted, not from the top of the file, so it is cut and the reader reports the file's line itself.
/// </summary>
internal static class JsonErrorText
{
    public static string Of(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd(' ', '.', '|');
    }
}
