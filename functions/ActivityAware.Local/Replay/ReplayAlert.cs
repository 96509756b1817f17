using System.Text.Json;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Core.Pipeline;

namespace ActivityAware.Local.Replay;

/// <summary>An alert raised by a replayed record, with where the record was read and, optionally, what the workflow did with it (deliveries).</summary>
public sealed record ReplayAlert(AlertCandidate Candidate, RecordLocation Location, JsonElement? Details = null);
