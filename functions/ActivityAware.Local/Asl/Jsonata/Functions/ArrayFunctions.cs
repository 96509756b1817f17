using ActivityAware.Local.Asl.Jsonata.Evaluation;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>$count, $append, $sort, $reverse, $shuffle, $distinct, $zip.</summary>
internal static class ArrayFunctions
{
    public static object? Count(JsonataCallContext context, IReadOnlyList<object?> arguments) =>
        arguments[0] is JsonataArray items ? (double)items.Count : 0.0;

    public static object? Append(JsonataCallContext context, IReadOnlyList<object?> arguments) =>
        JsonataValues.Append(arguments[0], arguments[1]);

    public static object? Sort(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not JsonataArray items)
        {
            return null;
        }

        if (items.Count <= 1)
        {
            return items;
        }

        Func<object?, object?, bool> swap;
        if (arguments[1] is JsonataFunction comparator)
        {
            swap = (a, b) => JsonataValues.ToBoolean(context.Apply(comparator, a, b)) == true;
        }
        else if (JsonataValues.IsArrayOfNumbers(items))
        {
            swap = (a, b) => (double)a! > (double)b!;
        }
        else if (JsonataValues.IsArrayOfStrings(items))
        {
            swap = (a, b) => string.CompareOrdinal((string)a!, (string)b!) > 0;
        }
        else
        {
            throw JsonataErrors.Create("D3070", index: 1);
        }

        return new JsonataArray(MergeSorter.Sort(items, swap));
    }

    public static object? Reverse(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not JsonataArray items)
        {
            return null;
        }

        if (items.Count <= 1)
        {
            return items;
        }

        var reversed = new JsonataArray(items);
        reversed.Reverse();
        return reversed;
    }

    public static object? Shuffle(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not JsonataArray items)
        {
            return null;
        }

        if (items.Count <= 1)
        {
            return items;
        }

        var shuffled = items.ToArray();
        Random.Shared.Shuffle(shuffled);
        return new JsonataArray(shuffled);
    }

    public static object? Distinct(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not JsonataArray { Count: > 1 } items)
        {
            return arguments[0];
        }

        var results = new JsonataArray { IsSequence = items.IsSequence };
        foreach (var item in items)
        {
            if (!results.Exists(existing => JsonataValues.DeepEquals(item, existing)))
            {
                results.Add(item);
            }
        }

        return results;
    }

    public static object? Zip(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        var arrays = arguments.Select(argument => argument as JsonataArray ?? []).ToList();
        var length = arrays.Count == 0 ? 0 : arrays.Min(array => array.Count);
        var result = new JsonataArray();
        for (var i = 0; i < length; i++)
        {
            result.Add(new JsonataArray(arrays.Select(array => array[i])));
        }

        return result;
    }
}
