namespace ActivityAware.Core.CloudTrail.Reading;

/// <summary>
/// Input that could not be read as a record. <see cref="EndsSource"/> says whether the rest of the source is unreadable
/// (invalid JSON inside an array, damaged compression) or reading went on with the next record or line.
/// </summary>
public sealed record ReadFailure(RecordLocation Location, string Message, bool EndsSource)
{
    public override string ToString() => $"{Location}: {Message}";
}
