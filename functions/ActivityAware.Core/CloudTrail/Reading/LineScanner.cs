using System.Text.Json;

namespace ActivityAware.Core.CloudTrail.Reading;

/// <summary>JSON Lines: every non-blank line is one JSON object; a bad line is reported with its number and reading goes on.</summary>
internal sealed class LineScanner(string source, CloudTrailReaderOptions options)
{
    private readonly JsonReaderOptions _readerOptions = new() { MaxDepth = options.MaxDepth };
    private RecordLocation? _overlongLine;

    public ScanStep? Next(JsonStreamBuffer buffer, ref long ordinal)
    {
        var data = buffer.Data;
        var newline = data.IndexOf((byte)'\n');
        if (_overlongLine is { } skipped) return SkipOverlongLine(buffer, newline, skipped);
        if (newline < 0 && !buffer.IsEndOfStream)
        {
            if (data.Length < options.MaxRecordBytes) return ScanStep.NeedData;
            // Memory stays bounded: the line is dropped up to its end, reported, and the next line is read.
            _overlongLine = new RecordLocation(source, ordinal++, null, buffer.LineAt(0));
            return null;
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

    private ScanStep? SkipOverlongLine(JsonStreamBuffer buffer, int newline, RecordLocation location)
    {
        if (newline < 0)
        {
            buffer.Advance(buffer.Data.Length);
            if (!buffer.IsEndOfStream) return ScanStep.NeedData;
        }
        else
        {
            buffer.Advance(newline + 1);
        }
        _overlongLine = null;
        return new ScanStep(ScanStepKind.Failure, Failure: new ReadFailure(location, $"the line is longer than {options.MaxRecordBytes} bytes; it was skipped", EndsSource: false));
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
            return token == JsonTokenType.StartObject ? null : $"the line is {JsonBufferInspection.Describe(token)}, not a JSON object";
        }
        catch (JsonException e)
        {
            return $"invalid JSON: {JsonErrorText.Of(e)}";
        }
    }
}
