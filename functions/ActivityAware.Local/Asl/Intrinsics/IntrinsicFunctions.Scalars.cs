using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Intrinsics;

internal static partial class IntrinsicFunctions
{
    private const int MaxEncodingInputLength = 10_000;

    private static JsonNode? Base64Encode(Arguments a)
    {
        a.Count(1);
        var text = a.String(0);
        if (text.Length > MaxEncodingInputLength)
            throw a.Fail($"the input is longer than {MaxEncodingInputLength} characters");
        return JsonValue.Create(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)));
    }

    private static JsonNode? Base64Decode(Arguments a)
    {
        a.Count(1);
        var text = a.String(0);
        if (text.Length > MaxEncodingInputLength)
            throw a.Fail($"the input is longer than {MaxEncodingInputLength} characters");
        try
        {
            return JsonValue.Create(new UTF8Encoding(false, true).GetString(Convert.FromBase64String(text)));
        }
        catch (FormatException)
        {
            throw a.Fail("the input is not valid base64");
        }
        catch (DecoderFallbackException)
        {
            throw a.Fail("the decoded bytes are not UTF-8 text");
        }
    }

    private static JsonNode? Hash(Arguments a)
    {
        a.Count(2);
        var data = a.String(0);
        if (data.Length > MaxEncodingInputLength)
            throw a.Fail($"the input is longer than {MaxEncodingInputLength} characters");
        var bytes = Encoding.UTF8.GetBytes(data);
        byte[] digest = a.String(1) switch
        {
            "MD5" => MD5.HashData(bytes),
            "SHA-1" => SHA1.HashData(bytes),
            "SHA-256" => SHA256.HashData(bytes),
            "SHA-384" => SHA384.HashData(bytes),
            "SHA-512" => SHA512.HashData(bytes),
            var other => throw a.Fail($"unknown algorithm '{other}'; expected one of MD5, SHA-1, SHA-256, SHA-384, SHA-512"),
        };
        return JsonValue.Create(Convert.ToHexStringLower(digest));
    }

    private static JsonNode? MathRandom(Arguments a)
    {
        if (a.Values.Count is not (2 or 3))
            throw a.Fail($"expects 2 or 3 arguments but got {a.Values.Count}");
        var start = a.RoundedInteger(0);
        var end = a.RoundedInteger(1);
        if (end <= start)
            throw a.Fail("the end must be greater than the start");
        var random = a.Values.Count == 3 ? new Random((int)a.RoundedInteger(2)) : a.Random;
        return JsonValue.Create(random.NextInt64(start, end));
    }

    private static JsonNode? MathAdd(Arguments a)
    {
        a.Count(2);
        // AWS rounds non-integer arguments to the nearest integer before adding.
        return JsonValue.Create(a.RoundedInteger(0) + a.RoundedInteger(1));
    }
}
