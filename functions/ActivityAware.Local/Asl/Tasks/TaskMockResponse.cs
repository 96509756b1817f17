using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Tasks;

/// <summary>A mocked attempt: either <see cref="Return"/> (the task result) or a thrown <see cref="Error"/> with <see cref="Cause"/>.</summary>
public sealed record TaskMockResponse(bool IsThrow, JsonNode? Return, string? Error, string? Cause);
