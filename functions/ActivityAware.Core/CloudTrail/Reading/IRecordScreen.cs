using System.Text.Json;

namespace ActivityAware.Core.CloudTrail.Reading;

/// <summary>
/// A decision made while the reader reads a log file's record, in the same pass: a record the screen rejects is neither
/// copied nor yielded (the reader counts it in <see cref="ReadItem.ScreenedOut"/>); one it passes carries the screen in
/// <see cref="RawRecord.PassedBy"/>; one it leaves undecided is yielded as if there were no screen.
/// </summary>
public interface IRecordScreen
{
    /// <summary>
    /// Reads the record <paramref name="reader"/> is on (its start object token) through its end object token and decides it.
    /// The reader's window may end inside the record: then this returns false, and after a refill it is called again with a new
    /// reader on the same record's start, so nothing read in a failed attempt may count. Invalid JSON throws <see cref="JsonException"/>
    /// from the reader, as reading past the record would.
    /// </summary>
    bool TryScreen(ref Utf8JsonReader reader, out ScreenVerdict verdict);
}
