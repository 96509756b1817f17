using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ActivityAware.Functions.Hosting;

/// <summary>Reads and writes step payloads with the source-generated contracts of <c>CoreJsonContext</c>.</summary>
public static class FunctionsJson
{
    public static async Task<T> ReadAsync<T>(Stream input, JsonTypeInfo<T> contract) =>
        await JsonSerializer.DeserializeAsync(input, contract)
        ?? throw new InvalidDataException($"the step input is JSON null; expected a {typeof(T).Name} object");

    public static Stream Write<T>(T value, JsonTypeInfo<T> contract)
    {
        var output = new MemoryStream();
        JsonSerializer.Serialize(output, value, contract);
        output.Position = 0;
        return output;
    }
}
