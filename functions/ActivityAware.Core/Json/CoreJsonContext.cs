using System.Text.Json.Serialization;
using ActivityAware.Core.CloudTrail;
using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Rendering;

namespace ActivityAware.Core.Json;

/// <summary>Source-generated contracts of the step payloads: camelCase, nulls omitted (keeps payloads small; Choice states use IsPresent where a field is optional).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(NormalizedEvent))]
[JsonSerializable(typeof(NormalizeOutput))]
[JsonSerializable(typeof(DedupeOutput))]
[JsonSerializable(typeof(EnrichOutput))]
[JsonSerializable(typeof(RouteOutput))]
[JsonSerializable(typeof(DeliveryItem))]
[JsonSerializable(typeof(DeliveryResult))]
[JsonSerializable(typeof(EmailDocument))]
public sealed partial class CoreJsonContext : JsonSerializerContext;
