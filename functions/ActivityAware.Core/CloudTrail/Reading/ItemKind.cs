namespace ActivityAware.Core.CloudTrail.Reading;

/// <summary>What an item found in the input is expected to be, decided by where it was found.</summary>
internal enum ItemKind
{
    /// <summary>An element of a CloudTrail log file's <c>Records</c> array: the record itself.</summary>
    LogFileRecord,
    /// <summary>An element of lookup-events output's <c>Events</c> array: <c>CloudTrailEvent</c> holds the record as a JSON string.</summary>
    LookupEntry,
    /// <summary>A top-level object, array element or JSON line: a record, an EventBridge event or a lookup-events entry.</summary>
    AnyShape,
}
