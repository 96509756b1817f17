using System.Text.Json;

namespace ActivityAware.Core.CloudTrail.Reading;

/// <summary>
/// Finds the items of one source in its bytes, without building a document of the whole input: a log file's
/// <c>{"Records":[…]}</c>, lookup-events output's <c>{"Events":[…]}</c>, a top-level array, one object, or JSON Lines.
/// The format is decided by the first value. Values may follow one another (concatenated gzip members, <c>cat</c> of log files,
/// Firehose deliveries): each is read as if it were a source of its own. Between calls only the reader state and the unconsumed bytes of the
/// current item are kept, so memory is bounded by the largest item.
/// </summary>
internal sealed class RecordScanner(string source, CloudTrailReaderOptions options)
{
    private enum Mode { Start, FirstObject, AfterFirstObject, Lines, Array, AfterArrayInObject, AfterTopValue, Done }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private readonly LineScanner _lines = new(source, options);
    private Mode _mode = Mode.Start;
    private JsonReaderState _state = FreshState(options);
    private ItemKind _arrayItemKind = ItemKind.AnyShape;
    private string _arrayName = "";
    private bool _arrayIsInObject;
    private long _index;
    private int _value = 1;
    private long _ordinal;
    private long _screenedOut;

    public ScanStep Next(JsonStreamBuffer buffer)
    {
        while (true)
        {
            var step = _mode switch
            {
                Mode.Start => Start(buffer),
                Mode.FirstObject => FirstObject(buffer),
                Mode.AfterFirstObject => AfterFirstObject(buffer),
                Mode.Lines => _lines.Next(buffer, ref _ordinal),
                Mode.Array => ArrayElement(buffer),
                Mode.AfterArrayInObject => AfterArrayInObject(buffer),
                Mode.AfterTopValue => AfterTopValue(buffer),
                _ => ScanStep.End,
            };
            if (step is { } result)
            {
                if (result.Failure is { EndsSource: true } || result.Kind == ScanStepKind.End) _mode = Mode.Done;
                return result;
            }
        }
    }

    /// <summary>How many records the screen rejected since the last call.</summary>
    public long TakeScreenedOut()
    {
        var count = _screenedOut;
        _screenedOut = 0;
        return count;
    }

    /// <summary>The stream itself failed (damaged or truncated compressed data, I/O error): everything before was yielded.</summary>
    public ReadFailure Interrupted(Exception error)
    {
        var inArray = _mode == Mode.Array;
        _mode = Mode.Done;
        var lastGood = inArray && _index > 0 ? $"; the last complete one is {ElementAt(_index - 1)}" : "";
        return new ReadFailure(
            new RecordLocation(source, _ordinal, inArray ? Element() : null, null),
            $"the data cannot be read past this point, truncated or damaged ({error.GetType().Name}: {error.Message}); {_ordinal} item(s) were read before it{lastGood}",
            EndsSource: true);
    }

    private ScanStep? Start(JsonStreamBuffer buffer)
    {
        var data = buffer.Data;
        if (data.StartsWith(Utf8Bom)) { buffer.Advance(Utf8Bom.Length); return null; }
        if (data.Length < Utf8Bom.Length && !buffer.IsEndOfStream && Utf8Bom.StartsWith(data)) return ScanStep.NeedData;
        var first = JsonBufferInspection.SkipWhitespace(buffer);
        if (first < 0)
            return buffer.IsEndOfStream ? Fatal(new RecordLocation(source, 0, null, null), "the input is empty: no JSON value found") : ScanStep.NeedData;

        switch (first)
        {
            case (byte)'[':
                var reader = new Utf8JsonReader(buffer.Data, buffer.IsEndOfStream, _state);
                reader.Read();
                Commit(buffer, ref reader);
                (_mode, _arrayItemKind, _arrayName, _arrayIsInObject) = (Mode.Array, ItemKind.AnyShape, "", false);
                return null;
            case (byte)'{':
                _mode = Mode.FirstObject;
                return null;
            default:
                var hint = first == 0x1F ? " (gzip data that was not decompressed)" : "";
                return Fatal(new RecordLocation(source, 0, null, buffer.LineAt(0)),
                    $"not JSON: starts with byte 0x{first:X2}{hint}; expected a CloudTrail log file, EventBridge event(s), lookup-events output or CloudTrail record(s)");
        }
    }

    /// <summary>The first top-level object: a log file or lookup-events output (then its array is walked), or one item.</summary>
    private ScanStep? FirstObject(JsonStreamBuffer buffer)
    {
        var reader = new Utf8JsonReader(buffer.Data, buffer.IsEndOfStream, _state);
        try
        {
            reader.Read();
            while (true)
            {
                if (!reader.Read()) return NeedMore(buffer);
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    var item = buffer.Data[..(int)reader.BytesConsumed].ToArray();
                    var location = new RecordLocation(source, _ordinal++, null, buffer.LineAt(0));
                    Commit(buffer, ref reader);
                    _mode = Mode.AfterFirstObject;
                    return new ScanStep(ScanStepKind.Item, item, ItemKind.AnyShape, location);
                }

                var isRecords = reader.ValueTextEquals("Records"u8);
                var isEvents = reader.ValueTextEquals("Events"u8);
                if (!reader.Read()) return NeedMore(buffer);
                if ((isRecords || isEvents) && reader.TokenType == JsonTokenType.StartArray)
                {
                    Commit(buffer, ref reader);
                    (_mode, _arrayItemKind, _arrayName, _arrayIsInObject) = isRecords
                        ? (Mode.Array, ItemKind.LogFileRecord, "Records", true)
                        : (Mode.Array, ItemKind.LookupEntry, "Events", true);
                    return null;
                }
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip()) return NeedMore(buffer);
            }
        }
        catch (JsonException e)
        {
            var location = new RecordLocation(source, _ordinal++, null, buffer.LineAt(0) + (e.LineNumber ?? 0));
            var newline = buffer.Data.IndexOf((byte)'\n');
            if (e.LineNumber == 0 && newline >= 0)
            {
                // A JSON Lines file whose first line is broken: report it and go on with the next line.
                buffer.Advance(newline + 1);
                _mode = Mode.Lines;
                return new ScanStep(ScanStepKind.Failure, Failure: new ReadFailure(location, $"invalid JSON: {JsonErrorText.Of(e)}", false));
            }
            var what = JsonBufferInspection.EndsAtErrorPosition(buffer, e) ? "the input ends inside the JSON value (truncated file?)" : "invalid JSON";
            return Fatal(location, $"{what}: {JsonErrorText.Of(e)}; the rest of the input cannot be read");
        }
    }

    private ScanStep? AfterFirstObject(JsonStreamBuffer buffer)
    {
        if (JsonBufferInspection.SkipWhitespace(buffer) >= 0) { _mode = Mode.Lines; return null; }
        return buffer.IsEndOfStream ? ScanStep.End : ScanStep.NeedData;
    }

    private ScanStep? ArrayElement(JsonStreamBuffer buffer)
    {
        var reader = new Utf8JsonReader(buffer.Data, buffer.IsEndOfStream, _state);
        try
        {
            if (!reader.Read()) return NeedMore(buffer);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                Commit(buffer, ref reader);
                _mode = _arrayIsInObject ? Mode.AfterArrayInObject : Mode.AfterTopValue;
                return null;
            }

            var start = (int)reader.TokenStartIndex;
            var token = reader.TokenType;
            var verdict = ScreenVerdict.Undecided;
            if (token == JsonTokenType.StartObject && _arrayItemKind == ItemKind.LogFileRecord && options.Screen is { } screen)
            {
                if (!screen.TryScreen(ref reader, out verdict)) return NeedMore(buffer);
            }
            else if (token is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
            {
                return NeedMore(buffer);
            }
            if (verdict == ScreenVerdict.Rejected)
            {
                Commit(buffer, ref reader);
                (_ordinal, _index, _screenedOut) = (_ordinal + 1, _index + 1, _screenedOut + 1);
                return null;
            }

            var location = new RecordLocation(source, _ordinal++, Element(), buffer.LineAt(start));
            var item = token == JsonTokenType.StartObject ? buffer.Data[start..(int)reader.BytesConsumed].ToArray() : null;
            Commit(buffer, ref reader);
            _index++;
            return item is null
                ? new ScanStep(ScanStepKind.Failure, Failure: new ReadFailure(location, $"the element is {JsonBufferInspection.Describe(token)}, not a JSON object", false))
                : new ScanStep(ScanStepKind.Item, item, _arrayItemKind, location, PassedBy: verdict == ScreenVerdict.Passed ? options.Screen : null);
        }
        catch (JsonException e)
        {
            var truncated = JsonBufferInspection.EndsAtErrorPosition(buffer, e) ? "the input ends inside this element (truncated file?)" : "invalid JSON";
            var lastGood = _index > 0 ? $"; {_index} element(s) before it were read, the rest of the input cannot be read" : "; the rest of the input cannot be read";
            return Fatal(new RecordLocation(source, _ordinal, Element(), buffer.LineAt(0) + (e.LineNumber ?? 0)), $"{truncated}: {JsonErrorText.Of(e)}{lastGood}");
        }
    }

    private string Element() => ElementAt(_index);

    private string ElementAt(long index) => _value == 1 ? $"{_arrayName}[{index}]" : $"{_arrayName}[{index}] in JSON value {_value}";

    /// <summary>Members after the array (lookup-events' NextToken) are read and ignored.</summary>
    private ScanStep? AfterArrayInObject(JsonStreamBuffer buffer)
    {
        var reader = new Utf8JsonReader(buffer.Data, buffer.IsEndOfStream, _state);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    Commit(buffer, ref reader);
                    _mode = Mode.AfterTopValue;
                    return null;
                }
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip()) break;
                Commit(buffer, ref reader);
                reader = new Utf8JsonReader(buffer.Data, buffer.IsEndOfStream, _state);
            }
            return NeedMore(buffer);
        }
        catch (JsonException e)
        {
            return Fatal(new RecordLocation(source, _ordinal, null, buffer.LineAt(0) + (e.LineNumber ?? 0)),
                $"invalid JSON after the {_arrayName} array: {JsonErrorText.Of(e)}; all {_index} element(s) were read");
        }
    }

    /// <summary>Another object or array starts a new value, read from the start as its own input; anything else is an error.</summary>
    private ScanStep? AfterTopValue(JsonStreamBuffer buffer)
    {
        var next = JsonBufferInspection.SkipWhitespace(buffer);
        if (next < 0) return buffer.IsEndOfStream ? ScanStep.End : ScanStep.NeedData;
        // Each concatenated file may open with its own byte order mark, which Start skips.
        if (next is '{' or '[' || next == Utf8Bom[0])
        {
            (_mode, _state, _index, _value) = (Mode.Start, FreshState(options), 0, _value + 1);
            return null;
        }
        return Fatal(new RecordLocation(source, _ordinal, null, buffer.LineAt(0)),
            $"unexpected content after the end of JSON value {_value}: byte 0x{next:X2} where another JSON object or array could start");
    }

    private ScanStep NeedMore(JsonStreamBuffer buffer)
    {
        if (buffer.Data.Length >= options.MaxRecordBytes)
            return Fatal(new RecordLocation(source, _ordinal, _mode == Mode.Array ? Element() : null, buffer.LineAt(0)),
                $"a single item is larger than {options.MaxRecordBytes} bytes; the rest of the input is not read");
        if (buffer.IsEndOfStream)
            return Fatal(new RecordLocation(source, _ordinal, null, buffer.LineAt(0)), "the input ends inside a JSON value (truncated file?)");
        return ScanStep.NeedData;
    }

    private void Commit(JsonStreamBuffer buffer, ref Utf8JsonReader reader)
    {
        _state = reader.CurrentState;
        buffer.Advance((int)reader.BytesConsumed);
    }

    private static JsonReaderState FreshState(CloudTrailReaderOptions options) => new(new JsonReaderOptions { MaxDepth = options.MaxDepth });

    private static ScanStep Fatal(RecordLocation location, string message) =>
        new(ScanStepKind.Failure, Failure: new ReadFailure(location, message, EndsSource: true));
}
