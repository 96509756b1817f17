using System.Text.Json;
using ActivityAware.Core.Rules.Patterns;

namespace ActivityAware.Core.Rules.Capture;

/// <summary>
/// <see cref="OrDispatch"/> over captured leaves, with the same <see cref="ExactKeyIndex{T}"/>: with one leaf on the key path
/// only the alternatives keyed by it can match, with none no keyed one can, and with several every keyed one is tried.
/// </summary>
internal sealed class CapturedOrDispatch
{
    private readonly int _slot;
    private readonly ExactKeyIndex<CapturedPattern> _index;

    private CapturedOrDispatch(int slot, ExactKeyIndex<CapturedPattern> index)
    {
        _slot = slot;
        _index = index;
    }

    public static CapturedOrDispatch? TryCreate(EventPattern[] alternatives, CapturedPattern[] captured, Func<string, int> slotOf) =>
        ExactKeyIndex<CapturedPattern>.TryCreate(alternatives, captured) is { } index ? new CapturedOrDispatch(slotOf(index.Path), index) : null;

    public bool AnyMatches(RecordFields fields)
    {
        if (CapturedPattern.AnyMatches(_index.Unkeyed, fields)) return true;
        return fields.Count(_slot) switch
        {
            0 => false,
            1 => fields.Leaf(fields.First(_slot)) is { Kind: JsonTokenType.String } leaf &&
                 CapturedPattern.AnyMatches(Utf8KeyLookup.Find(_index.ByValue, fields.Text(leaf)) ?? [], fields),
            _ => CapturedPattern.AnyMatches(_index.Keyed, fields),
        };
    }
}
