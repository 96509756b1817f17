using System.Text.Json.Serialization;

namespace ActivityAware.Local.Replay;

/// <summary>Source-generated JSON of the replay output: camelCase, nulls written so every line has the same fields.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(AlertLine))]
public sealed partial class ReplayJsonContext : JsonSerializerContext;
