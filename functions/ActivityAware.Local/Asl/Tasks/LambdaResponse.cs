using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Tasks;

/// <summary>
/// A function's response and, when the function knows it (it answered with JSON text), what the response's compact JSON cannot exceed
/// in bytes; the interpreter then checks the payload limit without writing the response to measure it. Null: unknown.
/// </summary>
public readonly record struct LambdaResponse(JsonNode? Payload, long? SizeBound = null);
