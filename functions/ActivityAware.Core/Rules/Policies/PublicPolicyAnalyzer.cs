using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace ActivityAware.Core.Rules.Policies;

/// <summary>
/// Decides whether a resource policy grants access to everyone, reading it as IAM does rather than as text: some
/// <c>Allow</c> statement names every principal (<c>"Principal": "*"</c>, <c>{"AWS": "*"}</c>, a list holding <c>"*"</c>, or a
/// <c>NotPrincipal</c>, which allows everyone it does not list) and no condition limits the callers to fixed accounts,
/// organizations, ARNs, networks or endpoints (<see cref="ConditionBlockReader"/>). Deny statements grant nothing.
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
                restricted |= ConditionBlockReader.Restricts(ref reader);
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
}
