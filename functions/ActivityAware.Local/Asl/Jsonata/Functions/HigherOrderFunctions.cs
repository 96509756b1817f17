using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>$map, $filter, $single, $reduce: each passes the callback the item, its index and the array, as far as the callback declares them.</summary>
internal static class HigherOrderFunctions
{
    public static object? Map(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not JsonataArray items)
        {
            return null;
        }

        var function = (JsonataFunction)arguments[1]!;
        var result = JsonataArray.CreateSequence();
        for (var i = 0; i < items.Count; i++)
        {
            var mapped = context.Apply(function, ObjectFunctions.HigherOrderArguments(function, items[i], (double)i, items));
            if (mapped is not null)
            {
                result.Add(mapped);
            }
        }

        return result;
    }

    public static object? Filter(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not JsonataArray items)
        {
            return null;
        }

        var function = (JsonataFunction)arguments[1]!;
        var result = JsonataArray.CreateSequence();
        for (var i = 0; i < items.Count; i++)
        {
            var verdict = context.Apply(function, ObjectFunctions.HigherOrderArguments(function, items[i], (double)i, items));
            if (JsonataValues.ToBoolean(verdict) == true)
            {
                result.Add(items[i]);
            }
        }

        return result;
    }

    public static object? Single(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not JsonataArray items)
        {
            return null;
        }

        var function = arguments[1] as JsonataFunction;
        object? found = null;
        var hasFound = false;
        for (var i = 0; i < items.Count; i++)
        {
            var matches = function is null
                || JsonataValues.ToBoolean(context.Apply(function, ObjectFunctions.HigherOrderArguments(function, items[i], (double)i, items))) == true;
            if (!matches)
            {
                continue;
            }

            if (hasFound)
            {
                throw JsonataErrors.Create("D3138");
            }

            found = items[i];
            hasFound = true;
        }

        return hasFound ? found : throw JsonataErrors.Create("D3139");
    }

    public static object? Reduce(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not JsonataArray items)
        {
            return null;
        }

        var function = (JsonataFunction)arguments[1]!;
        if (function.Arity < 2)
        {
            throw JsonataErrors.Create("D3050", index: 1);
        }

        int index;
        object? result;
        if (arguments[2] is null && items.Count > 0)
        {
            result = items[0];
            index = 1;
        }
        else
        {
            result = arguments[2];
            index = 0;
        }

        for (; index < items.Count; index++)
        {
            object?[] callArguments = function.Arity switch
            {
                >= 4 => [result, items[index], (double)index, items],
                3 => [result, items[index], (double)index],
                _ => [result, items[index]],
            };
            result = context.Apply(function, callArguments);
        }

        return result;
    }
}
