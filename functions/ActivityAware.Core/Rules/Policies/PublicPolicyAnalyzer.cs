using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace ActivityAware.Core.Rules.Policies;

/// <summary>
/// Decides whether a resource policy grants access to everyone, reading it as IAM does rather than as text: some
/// <c>Allow</c> statement names every principal (<c>"Principal": "*"</c>, <c>{"AWS": "*"}</c>, a list holding <c>"*"</c>, or a
/// <c>NotPrincipal</c>, which allows everyone it does not list) and no condition limits the callers to fixed accounts,
/// organizations, ARNs, networks or endpoints (<see cref="RestrictingConditionKeys"/>). Deny statements grant nothing.
/// A document that is not a JSON object is not a public policy. Reads the document once with a <see cref="Utf8JsonReader"/>
/// and allocates nothing; a policy given as a JSON string with escapes is unescaped into a pooled buffer.
/// </summary>
public static class PublicPolicyAnalyzer
{
    /// <summary>The policy as a record holds it: an object, or a string holding the policy's JSON text.</summary>
    public static bool GrantsPublicAccess(JsonElement policy)
    {
        if (policy.ValueKind == JsonValueKind.Object) return GrantsPublicAccess(JsonMarshal.GetRawUtf8Value(policy));
        if (policy.ValueKind != JsonValueKind.String) return false;
        var raw = JsonMarshal.GetRawUtf8Value(policy);
        if (raw.IndexOf((byte)'\\') < 0) return GrantsPublicAccess(raw[1..^1]);
        var rented = ArrayPool<byte>.Shared.Rent(raw.Length);
        try
        {
            var reader = new Utf8JsonReader(raw);
            reader.Read();
            return GrantsPublicAccess(rented.AsSpan(0, reader.CopyString(rented)));
        }
        catch (InvalidOperationException)
        {
            // An escape that is no text (a lone surrogate): not a policy document.
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The policy document as UTF-8 JSON text.</summary>
    public static bool GrantsPublicAccess(ReadOnlySpan<byte> document)
    {
        var reader = new Utf8JsonReader(document);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isStatement = PolicyJsonText.EqualsIgnoreCase(ref reader, "Statement"u8);
                reader.Read();
                if (isStatement && AnyStatementPublic(ref reader)) return true;
                if (!isStatement) reader.Skip();
            }
            return false;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not JSON, or text that cannot be unescaped (a truncated or redacted value): there is no policy to call public.
            return false;
        }
    }

    /// <summary>Reads the Statement value to its end unless a public statement is found first.</summary>
    private static bool AnyStatementPublic(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray) return StatementIsPublic(ref reader);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (StatementIsPublic(ref reader)) return true;
        }
        return false;
    }

    private static bool StatementIsPublic(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return false;
        }
        bool allow = false, everyone = false, restricted = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (PolicyJsonText.EqualsIgnoreCase(ref reader, "Effect"u8))
            {
                reader.Read();
                allow = reader.TokenType == JsonTokenType.String && PolicyJsonText.EqualsIgnoreCase(ref reader, "Allow"u8);
            }
            else if (PolicyJsonText.EqualsIgnoreCase(ref reader, "Principal"u8))
            {
                reader.Read();
                everyone |= PrincipalIsEveryone(ref reader);
            }
            else if (PolicyJsonText.EqualsIgnoreCase(ref reader, "NotPrincipal"u8))
            {
                reader.Read();
                reader.Skip();
                everyone = true;
            }
            else if (PolicyJsonText.EqualsIgnoreCase(ref reader, "Condition"u8))
            {
                reader.Read();
                restricted |= ConditionRestricts(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return allow && everyone && !restricted;
    }

    /// <summary><c>"*"</c>, or an object whose <c>AWS</c> entry is <c>"*"</c> or a list holding it.</summary>
    private static bool PrincipalIsEveryone(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String) return IsStar(ref reader);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return false;
        }
        var everyone = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isAws = PolicyJsonText.EqualsIgnoreCase(ref reader, "AWS"u8);
            reader.Read();
            if (isAws) everyone |= AnyStar(ref reader);
            else reader.Skip();
        }
        return everyone;
    }

    private static bool AnyStar(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String) return IsStar(ref reader);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return false;
        }
        var any = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String) any |= IsStar(ref reader);
            else reader.Skip();
        }
        return any;
    }

    private static bool IsStar(ref Utf8JsonReader reader) => PolicyJsonText.EqualsIgnoreCase(ref reader, "*"u8);

    /// <summary>Condition blocks are ANDed: one operator and key with only fixed values restricts the statement.</summary>
    private static bool ConditionRestricts(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return false;
        }
        var restricts = false;
        Span<byte> buffer = stackalloc byte[PolicyJsonText.StackLimit];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // The operator's text stays valid while its keys are read: it is the document's own bytes or this buffer.
            byte[]? rented = null;
            var op = PolicyJsonText.Unescaped(in reader, buffer, ref rented);
            reader.Read();
            restricts |= KeysRestrict(ref reader, op);
            PolicyJsonText.Return(rented);
        }
        return restricts;
    }

    private static bool KeysRestrict(ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> op)
    {
        if (reader.TokenType != JsonTokenType.StartObject) return SkipFalse(ref reader);
        var restricts = false;
        Span<byte> buffer = stackalloc byte[PolicyJsonText.StackLimit];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            byte[]? rented = null;
            var key = RestrictingConditionKeys.Classify(PolicyJsonText.Unescaped(in reader, buffer, ref rented));
            PolicyJsonText.Return(rented);
            reader.Read();
            restricts |= ConditionOperators.Restricts(op, key) ? AllValuesFixed(ref reader, key) : SkipFalse(ref reader);
        }
        return restricts;
    }

    /// <summary>A value or a non-empty list of values, every one fixed (one wildcard value admits anyone).</summary>
    private static bool AllValuesFixed(ref Utf8JsonReader reader, ConditionKeyKind key)
    {
        if (reader.TokenType != JsonTokenType.StartArray) return ValueIsFixed(ref reader, key);
        bool all = true, any = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            all &= ValueIsFixed(ref reader, key);
            any = true;
        }
        return all && any;
    }

    private static bool ValueIsFixed(ref Utf8JsonReader reader, ConditionKeyKind key)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                Span<byte> buffer = stackalloc byte[PolicyJsonText.StackLimit];
                byte[]? rented = null;
                var isFixed = FixedConditionValue.IsFixed(PolicyJsonText.Unescaped(in reader, buffer, ref rented), key);
                PolicyJsonText.Return(rented);
                return isFixed;
            case JsonTokenType.Number:
                // An account id written as a number is still one account.
                return key is ConditionKeyKind.Identifier or ConditionKeyKind.UserId;
            case JsonTokenType.True:
                return key == ConditionKeyKind.MountTarget;
            default:
                return SkipFalse(ref reader);
        }
    }

    private static bool SkipFalse(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return false;
    }
}
