using System.Text;
using System.Text.Json;
using ActivityAware.Core.Rules.Patterns;

namespace ActivityAware.Core.Rules.Capture;

/// <summary>
/// <see cref="OrDispatch"/> over captured leaves: a long <c>$or</c> whose alternatives mostly pin one path to exact strings
/// tries only the alternatives listing that path's value. An exact-strings condition holds only if a string leaf of its
/// path is in its list, so with one leaf only the alternatives keyed by it can match, with none no keyed one can, and with
/// several every keyed one is tried.
/// </summary>
internal sealed class CapturedOrDispatch
{
    private const int MinimumKeyed = 4;
    private const int TextLimit = 256;
    private readonly int _slot;
    private readonly Dictionary<string, CapturedPattern[]>.AlternateLookup<ReadOnlySpan<char>> _byValue;
    private readonly CapturedPattern[] _keyed;
    private readonly CapturedPattern[] _unkeyed;

    private CapturedOrDispatch(int slot, Dictionary<string, CapturedPattern[]> byValue, CapturedPattern[] keyed, CapturedPattern[] unkeyed)
    {
        _slot = slot;
        _byValue = byValue.GetAlternateLookup<ReadOnlySpan<char>>();
        _keyed = keyed;
        _unkeyed = unkeyed;
    }

    public static CapturedOrDispatch? TryCreate(EventPattern[] alternatives, CapturedPattern[] captured, Func<string, int> slotOf)
    {
        var best = alternatives
            .SelectMany(a => a.Conditions.Where(c => c.IsExactStringsOnly).Select(c => c.Path).Distinct(StringComparer.Ordinal))
            .GroupBy(p => p, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best is null || best.Count() < MinimumKeyed) return null;
        var byValue = new Dictionary<string, List<CapturedPattern>>(StringComparer.Ordinal);
        var keyed = new List<CapturedPattern>();
        var unkeyed = new List<CapturedPattern>();
        for (var i = 0; i < alternatives.Length; i++)
        {
            var key = alternatives[i].Conditions.FirstOrDefault(c => c.Path == best.Key && c.IsExactStringsOnly);
            if (key is null)
            {
                unkeyed.Add(captured[i]);
                continue;
            }
            keyed.Add(captured[i]);
            foreach (var value in key.ExactStrings.Distinct(StringComparer.Ordinal))
            {
                if (!byValue.TryGetValue(value, out var list)) byValue[value] = list = [];
                list.Add(captured[i]);
            }
        }
        return new CapturedOrDispatch(
            slotOf(best.Key),
            byValue.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            keyed.ToArray(),
            unkeyed.ToArray());
    }

    public bool AnyMatches(RecordFields fields)
    {
        if (CapturedPattern.AnyMatches(_unkeyed, fields)) return true;
        return fields.Count(_slot) switch
        {
            0 => false,
            1 => fields.Leaf(fields.First(_slot)) is { Kind: JsonTokenType.String } leaf &&
                 CapturedPattern.AnyMatches(Candidates(fields.Text(leaf)), fields),
            _ => CapturedPattern.AnyMatches(_keyed, fields),
        };
    }

    private CapturedPattern[] Candidates(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > TextLimit) return _byValue.TryGetValue(Encoding.UTF8.GetString(utf8), out var slow) ? slow : [];
        Span<char> buffer = stackalloc char[TextLimit];
        var length = Encoding.UTF8.GetChars(utf8, buffer);
        return _byValue.TryGetValue(buffer[..length], out var candidates) ? candidates : [];
    }
}
