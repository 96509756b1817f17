using System.Globalization;
using System.Text.Json;
using ActivityAware.Core.Normalization;

namespace ActivityAware.Core.Tests.Normalization;

/// <summary>The normalizer reads each object's properties in one pass; these pin that it reads what per-name lookups read.</summary>
public sealed class OnePassReadTests
{
    [Theory]
    [InlineData("""{"eventName":"First","eventName":"Last"}""")]
    [InlineData("""{"event\u004Eame":"Escaped"}""")]
    [InlineData("""{"eventName":"Plain","event\u004Eame":"EscapedLater"}""")]
    [InlineData("""{"eventName":7}""")]
    [InlineData("""{"eventName":{"nested":"x"}}""")]
    public void Normalize_RepeatedOrEscapedNames_ReadsWhatTryGetPropertyReads(string record)
    {
        using var document = JsonDocument.Parse(record);
        var expected = document.RootElement.GetProperty("eventName") is var value && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : value.ValueKind == JsonValueKind.Number ? value.GetRawText() : EventNormalizer.UnknownValue;
        Assert.Equal(expected, new EventNormalizer().Normalize(document.RootElement).EventName);
    }

    [Fact]
    public void Normalize_RepeatedIdentityType_ReadsTheLastOne()
    {
        using var document = JsonDocument.Parse("""{"userIdentity":{"type":"IAMUser","type":"Root","arn":"arn:aws:iam::1:root"}}""");
        Assert.Equal("Root", new EventNormalizer().Normalize(document.RootElement).Identity.RawType);
    }

    [Theory]
    [InlineData("2026-11-28T12:34:56Z")]
    [InlineData("2024-02-29T23:59:59Z")]
    [InlineData("2023-02-29T00:00:00Z")]
    [InlineData("2026-13-01T00:00:00Z")]
    [InlineData("2026-11-28T24:00:00Z")]
    [InlineData("2026-11-28T12:00:60Z")]
    [InlineData("2026-11-28T12:34:56+")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("2026-11-28 12:34:56Z")]
    [InlineData("2026-11-28T12:34:56.123Z")]
    [InlineData("2026-11-28T12:34:56+02:00")]
    [InlineData("+026-11-28T12:34:56Z")]
    public void Normalize_EventTime_ParsesAsTheGeneralParser(string text)
    {
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(new Dictionary<string, string> { ["eventTime"] = text }));
        DateTimeOffset? expected = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed) ? parsed : null;
        var actual = new EventNormalizer().Normalize(document.RootElement).EventTime;
        Assert.Equal(expected, actual);
        Assert.Equal(expected?.Offset, actual?.Offset);
    }
}
