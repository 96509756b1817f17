namespace ActivityAware.Core.Rules.Capture;

/// <summary>How one pass of <see cref="RecordFieldScanner"/> over a record ended.</summary>
internal enum ScanOutcome
{
    /// <summary>The leaves were captured and decide the record exactly.</summary>
    Captured,
    /// <summary>The record was read to its end, but a parsed document could read its leaves differently: decide it on one.</summary>
    Undecided,
    /// <summary>The buffered data ended inside the record; read it again from its start once there is more.</summary>
    NeedData,
}
