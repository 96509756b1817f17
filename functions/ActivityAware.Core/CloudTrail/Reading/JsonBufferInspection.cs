using System.Text.Json;

namespace ActivityAware.Core.CloudTrail.Reading;

/// <summary>Small questions the scanners ask about the buffered bytes and the parser's errors.</summary>
internal static class JsonBufferInspection
{
    /// <summary>True when the parser failed because the data stopped, not because of a wrong byte: a truncated input.</summary>
    public static bool EndsAtErrorPosition(JsonStreamBuffer buffer, JsonException error)
    {
        if (!buffer.IsEndOfStream) return false;
        var data = buffer.Data;
        var lastLineStart = data.LastIndexOf((byte)'\n') + 1;
        return error.LineNumber == data.Count((byte)'\n') && error.BytePositionInLine >= data.Length - lastLineStart;
    }

    /// <summary>Consumes whitespace; returns the next byte, or -1 when the buffered data is used up.</summary>
    public static int SkipWhitespace(JsonStreamBuffer buffer)
    {
        var data = buffer.Data;
        var next = data.IndexOfAnyExcept(" \t\r\n"u8);
        buffer.Advance(next < 0 ? data.Length : next);
        return next < 0 ? -1 : data[next];
    }

    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
