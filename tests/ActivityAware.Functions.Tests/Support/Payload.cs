using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ActivityAware.Core.Json;

namespace ActivityAware.Functions.Tests.Support;

/// <summary>Builds handler input streams and reads handler outputs, as the Lambda runtime would pass them.</summary>
internal static class Payload
{
    public static Stream Of(string json) => new MemoryStream(Encoding.UTF8.GetBytes(json));

    public static Stream Of<T>(T value, JsonTypeInfo<T> contract) => Of(JsonSerializer.Serialize(value, contract));

    public static T Read<T>(Stream output, JsonTypeInfo<T> contract) => JsonSerializer.Deserialize(output, contract)!;

    public static string Text(Stream output) => new StreamReader(output).ReadToEnd();

    public static CoreJsonContext Contracts => CoreJsonContext.Default;
}
