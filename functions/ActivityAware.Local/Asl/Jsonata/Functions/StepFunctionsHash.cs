using System.Security.Cryptography;
using System.Text;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>Step Functions' $hash(value, algorithm): the lower-case hex digest of the string's UTF-8 bytes, as States.Hash computes it.</summary>
public static class StepFunctionsHash
{
    public static string Hash(string value, string algorithm)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        byte[] digest = algorithm switch
        {
            "MD5" => MD5.HashData(bytes),
            "SHA-1" => SHA1.HashData(bytes),
            "SHA-256" => SHA256.HashData(bytes),
            "SHA-384" => SHA384.HashData(bytes),
            "SHA-512" => SHA512.HashData(bytes),
            _ => throw new JsonataException("D3202", $"$hash does not know the algorithm '{algorithm}'; use one of MD5, SHA-1, SHA-256, SHA-384, SHA-512"),
        };
        return Convert.ToHexStringLower(digest);
    }
}
