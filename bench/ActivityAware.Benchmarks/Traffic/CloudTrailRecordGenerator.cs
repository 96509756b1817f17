using System.IO.Compression;
using System.Text.Json;

namespace ActivityAware.Benchmarks.Traffic;

/// <summary>
/// Writes CloudTrail log files (<c>{"Records":[…]}</c>, gzipped) of a <see cref="TrafficMix"/>, streaming, so a million
/// events cost no more memory than ten. Seeded: the same arguments give the same bytes.
/// </summary>
public static class CloudTrailRecordGenerator
{
    public const string Account = "123456789012";
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    public static byte[] GzippedLogFile(int records, TrafficMix mix = TrafficMix.Production, int seed = 42)
    {
        using var output = new MemoryStream();
        WriteLogFile(output, records, mix, seed, firstIndex: 0);
        return output.ToArray();
    }

    /// <summary>Writes one gzipped log file; <paramref name="firstIndex"/> continues event times and ids across files.</summary>
    public static void WriteLogFile(Stream destination, int records, TrafficMix mix, int seed, long firstIndex)
    {
        var random = new Random(unchecked(seed * 31 + (int)firstIndex));
        var catalogue = EventCatalogue.For(mix);
        using var gzip = new GZipStream(destination, CompressionLevel.Optimal, leaveOpen: true);
        using var writer = new Utf8JsonWriter(gzip, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteStartArray("Records");
        for (long i = firstIndex; i < firstIndex + records; i++)
        {
            var call = CallFor(mix, catalogue, random);
            WriteRecord(writer, random, call, Start.AddMilliseconds(i * 250), i);
            if (writer.BytesPending > 32_768) writer.Flush();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static GeneratedCall CallFor(TrafficMix mix, EventCatalogue catalogue, Random random)
    {
        var entry = catalogue.Pick(random);
        var caller = Callers.For(entry.Caller, mix, random);
        if (mix == TrafficMix.WriteHeavy)
            return random.Next(100) < 2 ? new(entry.Source, entry.Name, caller, ErrorCode(entry.Source, random)) : new(entry.Source, entry.Name, caller, null);
        if (random.NextDouble() >= 0.015) return new(entry.Source, entry.Name, caller, null);
        // Denials repeat: most come from one application missing one permission and retrying, the rest are scattered.
        return random.Next(10) switch
        {
            < 5 => new("ssm.amazonaws.com", "GetParameter", Callers.Application(7), "AccessDeniedException"),
            < 7 => new("ec2.amazonaws.com", "DescribeRegions", Callers.Application(9), "Client.UnauthorizedOperation"),
            _ => new(entry.Source, entry.Name, Callers.Application(random.Next(Callers.ApplicationRoles)), ErrorCode(entry.Source, random)),
        };
    }

    private static string ErrorCode(string source, Random random) => source switch
    {
        "ec2.amazonaws.com" => "Client.UnauthorizedOperation",
        "s3.amazonaws.com" or "iam.amazonaws.com" or "sts.amazonaws.com" or "cloudtrail.amazonaws.com" => "AccessDenied",
        _ => random.Next(2) == 0 ? "AccessDeniedException" : "AccessDenied",
    };

    private static void WriteRecord(Utf8JsonWriter writer, Random random, GeneratedCall call, DateTimeOffset time, long index)
    {
        var readOnly = IsReadOnly(call.Name);
        writer.WriteStartObject();
        writer.WriteString("eventVersion", "1.10");
        writer.WritePropertyName("userIdentity");
        call.Caller.WriteIdentity(writer, time);
        writer.WriteString("eventTime", time.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("eventSource", call.Source);
        writer.WriteString("eventName", call.Name);
        writer.WriteString("awsRegion", "us-east-1");
        writer.WriteString("sourceIPAddress", call.Caller.SourceIp(random));
        writer.WriteString("userAgent", call.Caller.UserAgent);
        if (call.ErrorCode is { } errorCode)
        {
            writer.WriteString("errorCode", errorCode);
            writer.WriteString("errorMessage", $"User: {call.Caller.Arn} is not authorized to perform: {call.Source.Split('.')[0]}:{call.Name} because no identity-based policy allows the {call.Source.Split('.')[0]}:{call.Name} action");
        }
        writer.WritePropertyName("requestParameters");
        CallShapes.WriteRequest(writer, call, random);
        writer.WritePropertyName("responseElements");
        if (call.ErrorCode is null) CallShapes.WriteResponse(writer, call, random);
        else writer.WriteNullValue();
        if (call.Name == "ConsoleLogin")
        {
            writer.WriteStartObject("additionalEventData");
            writer.WriteString("LoginTo", "https://console.aws.amazon.com/console/home");
            writer.WriteString("MobileVersion", "No");
            writer.WriteString("MFAUsed", "Yes");
            writer.WriteEndObject();
        }
        writer.WriteString("requestID", Id(random));
        writer.WriteString("eventID", Id(random));
        writer.WriteBoolean("readOnly", readOnly);
        writer.WriteString("eventType", call.Name == "ConsoleLogin" ? "AwsConsoleSignIn" : "AwsApiCall");
        writer.WriteBoolean("managementEvent", true);
        writer.WriteString("recipientAccountId", Account);
        writer.WriteString("eventCategory", "Management");
        if (call.Caller.Kind != CallerKind.Service)
        {
            writer.WriteStartObject("tlsDetails");
            writer.WriteString("tlsVersion", "TLSv1.3");
            writer.WriteString("cipherSuite", "TLS_AES_128_GCM_SHA256");
            writer.WriteString("clientProvidedHostHeader", $"{call.Source.Split('.')[0]}.us-east-1.amazonaws.com");
            writer.WriteEndObject();
        }
        if (call.Caller.Kind == CallerKind.Console) writer.WriteString("sessionCredentialFromConsole", "true");
        writer.WriteEndObject();
    }

    private static bool IsReadOnly(string name) =>
        name.StartsWith("Describe", StringComparison.Ordinal) || name.StartsWith("Get", StringComparison.Ordinal)
        || name.StartsWith("List", StringComparison.Ordinal) || name is "LookupEvents" or "Decrypt" or "GenerateDataKey" or "FilterLogEvents";

    internal static string Id(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }
}
