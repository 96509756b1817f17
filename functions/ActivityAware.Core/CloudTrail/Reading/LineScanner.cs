using System.Text.Json;

namespace ActivityAware.Core.CloudTrail.Reading;

/// <summary>JSON Lines: every non-blank line is one JSON object; a bad line is reported with its number and reading goes on.</summary>
internal sealed class LineScanner(string source, CloudTrailReaderOptions options)
{
    private readonly JsonReaderOptions _readerOptions = new() { MaxDepth = options.MaxDepth };

    public ScanStep? Next(JsonStreamBuffer buffer, ref long ordinal)
    {
        var data = buffer.Data;
        var newline = data.IndexOf((byte)'\n');
        if (newline < 0 && !buffer.IsEndOfStream)
        {
            if (data.Length < options.MaxRecordBytes) return ScanStep.NeedData;
            return new ScanStep(ScanStepKind.Failure, Failure: new ReadFailure(
                new RecordLocation(source, ordinal, null, buffer.LineAt(0)),
                $"the line is longer than {options.MaxRecordBytes} bytes; the rest of the input is not read", EndsSource: true));
        }
        if (newline < 0 && data.Length == 0) return ScanStep.End;

        var (length, consumed) = newline < 0 ? (data.Length, data.Length) : (newline, newline + 1);
        var line = data[..length].Trim(" \t\r"u8);
        if (line.IsEmpty)
        {
            buffer.Advance(consumed);
            return null;
        }

        var location = new RecordLocation(source, ordinal++, null, buffer.LineAt(0));
        var problem = Check(line);
        var item = problem is null ? line.ToArray() : null;
        buffer.Advance(consumed);
        return item is null
            ? new ScanStep(ScanStepKind.Failure, Failure: new ReadFailure(location, problem!, EndsSource: false))
            : new ScanStep(ScanStepKind.Item, item, ItemKind.AnyShape, location);
    }

    /// <summary>Null when the line is exactly one JSON object, otherwise what is wrong with it.</summary>
    private string? Check(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, _readerOptions);
        try
        {
            reader.Read();
            var token = reader.TokenType;
            reader.TrySkip();
            reader.Read();
            return token == JsonTokenType.StartObject ? null : $"the line is {RecordScanner.Describe(token)}, not a JSON object";
        }
        catch (JsonException e)
        {
            return $"invalid JSON: {JsonErrorText.Of(e)}";
        }
    }
}
