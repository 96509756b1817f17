using System.Text.Json;

namespace ActivityAware.Core.Normalization;

/// <summary>The record found by <see cref="CloudTrailEnvelope.Unwrap"/>. Dispose it: a lookup-events entry's record lives in a document of its own.</summary>
public readonly struct UnwrapResult : IDisposable
{
    private readonly JsonDocument? _owned;

    private UnwrapResult(JsonElement record, JsonDocument? owned, string? error)
    {
        Record = record;
        _owned = owned;
        Error = error;
    }

    public JsonElement Record { get; }
    public string? Error { get; }
    public bool Success => Error is null;

    internal static UnwrapResult Ok(JsonElement record, JsonDocument? owned) => new(record, owned, null);
    internal static UnwrapResult Fail(string error) => new(default, null, error);

    public void Dispose() => _owned?.Dispose();
}
