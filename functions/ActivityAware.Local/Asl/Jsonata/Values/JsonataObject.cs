using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ActivityAware.Local.Asl.Jsonata.Values;

/// <summary>
/// A JSON object in the JSONata value model, with its keys in the order JavaScript gives an object's own keys (jsonata-js runs on
/// JavaScript objects): keys that are array indexes (canonical non-negative integers below 2^32 - 1) first, ascending, then the other keys
/// in insertion order. So object constructors, $merge, $keys, $each, $spread, $sift, group-by and the JSON written from a result all see
/// <c>{"b":1,"2":2,"1":3}</c> as <c>{"1":3,"2":2,"b":1}</c>.
/// </summary>
public sealed class JsonataObject : IEnumerable<KeyValuePair<string, object?>>
{
    private const uint MaxArrayIndex = uint.MaxValue - 1;

    private readonly OrderedDictionary<string, object?> _members = new(StringComparer.Ordinal);

    /// <summary>How many leading members have array-index keys.</summary>
    private int _indexKeys;

    public int Count => _members.Count;

    public IEnumerable<string> Keys => _members.Keys;

    public IEnumerable<object?> Values => _members.Values;

    public object? this[string key]
    {
        get => _members[key];
        set
        {
            if (_members.ContainsKey(key))
            {
                _members[key] = value;
            }
            else
            {
                Add(key, value);
            }
        }
    }

    public void Add(string key, object? value)
    {
        if (!TryGetArrayIndex(key, out var index))
        {
            _members.Add(key, value);
            return;
        }

        var low = 0;
        var high = _indexKeys;
        while (low < high)
        {
            var middle = (low + high) / 2;
            TryGetArrayIndex(_members.GetAt(middle).Key, out var other);
            if (other < index)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        _members.Insert(low, key, value);
        _indexKeys++;
    }

    public bool Remove(string key)
    {
        if (!_members.Remove(key))
        {
            return false;
        }

        if (TryGetArrayIndex(key, out _))
        {
            _indexKeys--;
        }

        return true;
    }

    public bool ContainsKey(string key) => _members.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => _members.TryGetValue(key, out value);

    public OrderedDictionary<string, object?>.Enumerator GetEnumerator() => _members.GetEnumerator();

    IEnumerator<KeyValuePair<string, object?>> IEnumerable<KeyValuePair<string, object?>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>ECMAScript's array index: the canonical decimal text of an integer from 0 to 2^32 - 2 ("01" and "-1" are plain keys).</summary>
    public static bool TryGetArrayIndex(string key, out uint index)
    {
        index = 0;
        if (key.Length is 0 or > 10 || (key.Length > 1 && key[0] == '0'))
        {
            return false;
        }

        ulong value = 0;
        foreach (var c in key)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (uint)(c - '0');
        }

        if (value > MaxArrayIndex)
        {
            return false;
        }

        index = (uint)value;
        return true;
    }
}
