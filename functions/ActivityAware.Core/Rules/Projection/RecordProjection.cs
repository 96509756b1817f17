using System.Buffers;
using System.Text.Json;

namespace ActivityAware.Core.Rules.Projection;

/// <summary>
/// Streams a record and writes a JSON object holding only the given dotted paths, so patterns that read only those paths
/// match the projection exactly as they match the record. Inner path segments recurse into objects and into every element
/// of arrays (patterns flatten arrays); a path's last segment copies its raw value verbatim, whatever its type; the rest
/// is skipped unread. Property names are compared unescaped; duplicates and document order are kept.
/// Reuses its writer and buffers: allocation-free per record once warm, and not safe for concurrent use.
/// </summary>
public sealed class RecordProjection
{
    private readonly ProjectionNode _root;
    private Utf8JsonWriter? _writer;
    private byte[] _unescaped = new byte[256];

    public RecordProjection(IEnumerable<string> paths)
    {
        Paths = paths.Distinct(StringComparer.Ordinal).ToArray();
        _root = ProjectionNode.Build(Paths);
    }

    public IReadOnlyList<string> Paths { get; }

    /// <summary>Writes the projection of <paramref name="record"/>; throws <see cref="JsonException"/> where parsing it would.</summary>
    public void Project(ReadOnlySpan<byte> record, IBufferWriter<byte> output)
    {
        var writer = _writer ??= new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true });
        writer.Reset(output);
        var reader = new Utf8JsonReader(record);
        if (!reader.Read()) throw new JsonException("the record holds no JSON value");
        WriteValue(ref reader, record, _root, writer);
        if (reader.Read()) throw new JsonException("the record holds more than one JSON value");
        writer.Flush();
    }

    private void WriteValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> record, ProjectionNode node, Utf8JsonWriter writer)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                writer.WriteStartObject();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var child = node.Find(NameOf(ref reader));
                    reader.Read();
                    if (child is null)
                    {
                        reader.Skip();
                        continue;
                    }
                    writer.WritePropertyName(child.EncodedName);
                    if (child.IsLeaf) WriteRaw(ref reader, record, writer);
                    else WriteValue(ref reader, record, child, writer);
                }
                writer.WriteEndObject();
                break;
            case JsonTokenType.StartArray:
                writer.WriteStartArray();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) WriteValue(ref reader, record, node, writer);
                writer.WriteEndArray();
                break;
            default:
                WriteRaw(ref reader, record, writer);
                break;
        }
    }

    private static void WriteRaw(ref Utf8JsonReader reader, ReadOnlySpan<byte> record, Utf8JsonWriter writer)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        writer.WriteRawValue(record[start..(int)reader.BytesConsumed], skipInputValidation: true);
    }

    private ReadOnlySpan<byte> NameOf(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped) return reader.ValueSpan;
        if (_unescaped.Length < reader.ValueSpan.Length) _unescaped = new byte[reader.ValueSpan.Length * 2];
        return _unescaped.AsSpan(0, reader.CopyString(_unescaped));
    }
}
