using System.Text;

namespace ActivityAware.Core.Rules.Policies;

/// <summary>
/// Which condition operators make a key's values a requirement on every caller. Positive string and ARN comparisons
/// (and IpAddress for aws:SourceIp) do, alone or with <c>ForAnyValue:</c>. Negated operators (StringNotEquals, NotIpAddress, …)
/// admit everyone outside a set; <c>…IfExists</c> and <c>ForAllValues:</c> hold when the key is absent, as it is for an
/// anonymous caller; Null, Date and Numeric say nothing about who calls, nor does Bool except on EFS's mount-target key.
/// </summary>
internal static class ConditionOperators
{
    private static readonly byte[][] IdentifierOperators =
        new[] { "StringEquals", "StringEqualsIgnoreCase", "StringLike", "ArnEquals", "ArnLike" }.Select(Encoding.ASCII.GetBytes).ToArray();

    public static bool Restricts(ReadOnlySpan<byte> op, ConditionKeyKind key)
    {
        if (key == ConditionKeyKind.Other) return false;
        if (StartsWithIgnoreCase(op, "ForAllValues:"u8)) return false;
        if (StartsWithIgnoreCase(op, "ForAnyValue:"u8)) op = op["ForAnyValue:"u8.Length..];
        if (key == ConditionKeyKind.SourceIp) return Ascii.EqualsIgnoreCase(op, "IpAddress"u8);
        if (key == ConditionKeyKind.MountTarget) return Ascii.EqualsIgnoreCase(op, "Bool"u8);
        foreach (var known in IdentifierOperators)
        {
            if (Ascii.EqualsIgnoreCase(op, known)) return true;
        }
        return false;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> prefix) =>
        text.Length >= prefix.Length && Ascii.EqualsIgnoreCase(text[..prefix.Length], prefix);
}
