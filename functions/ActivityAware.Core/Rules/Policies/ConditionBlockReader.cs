using System.Text.Json;

namespace ActivityAware.Core.Rules.Policies;

/// <summary>
/// Reads a statement's Condition block and says whether it limits who can use the statement. Operators and keys are ANDed,
/// so one operator (<see cref="ConditionOperators"/>) on one limiting key (<see cref="RestrictingConditionKeys"/>) whose
/// values are all fixed (<see cref="FixedConditionValue"/>) is enough.
/// </summary>
internal static class ConditionBlockReader
{
    /// <summary>Reads the Condition value to its end; true when it limits the callers.</summary>
    public static bool Restricts(ref Utf8JsonReader reader)
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
