namespace ActivityAware.Core.Rules.Policies;

/// <summary>
/// Whether one condition value names known callers: a fixed value, with no wildcard (<c>*</c>, <c>?</c>) and no policy
/// variable (<c>${…}</c>), as the S3 User Guide defines it. aws:userid may end in ":*" (every session of one role);
/// aws:SourceIp must not be a /0 block (the whole address space); the mount-target flag must be "true".
/// </summary>
internal static class FixedConditionValue
{
    public static bool IsFixed(ReadOnlySpan<byte> value, ConditionKeyKind key)
    {
        if (key == ConditionKeyKind.MountTarget) return System.Text.Ascii.EqualsIgnoreCase(value, "true"u8);
        if (key == ConditionKeyKind.UserId && value.EndsWith(":*"u8)) value = value[..^2];
        if (value.IsEmpty || value.IndexOfAny((byte)'*', (byte)'?') >= 0 || value.IndexOf("${"u8) >= 0) return false;
        return key != ConditionKeyKind.SourceIp || !IsWholeAddressSpace(value);
    }

    private static bool IsWholeAddressSpace(ReadOnlySpan<byte> cidr)
    {
        var slash = cidr.LastIndexOf((byte)'/');
        if (slash < 0) return false;
        var length = cidr[(slash + 1)..].Trim((byte)' ');
        return length.Length > 0 && length.IndexOfAnyExcept((byte)'0') < 0;
    }
}
