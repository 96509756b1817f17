using ActivityAware.Local.Asl.Jsonata.Ast;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>$keys, $lookup, $spread, $merge, $each, $sift, $clone, $type, $error, $assert.</summary>
internal static class ObjectFunctions
{
    public static object? Keys(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        var result = JsonataArray.CreateSequence();
        switch (arguments[0])
        {
            case JsonataArray items:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var item in items)
                {
                    if (item is JsonataObject obj)
                    {
                        result.AddRange(obj.Keys.Where(seen.Add));
                    }
                }

                break;
            case JsonataObject obj:
                result.AddRange(obj.Keys);
                break;
        }

        return result;
    }

    public static object? Lookup(JsonataCallContext context, IReadOnlyList<object?> arguments) =>
        NameNode.Lookup(arguments[0], (string)arguments[1]!);

    public static object? Spread(JsonataCallContext context, IReadOnlyList<object?> arguments) => SpreadValue(arguments[0]);

    public static object? Merge(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not JsonataArray objects)
        {
            return null;
        }

        var result = new JsonataObject();
        foreach (var obj in objects.OfType<JsonataObject>())
        {
            foreach (var (key, value) in obj)
            {
                result[key] = value;
            }
        }

        return result;
    }

    public static object? Each(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        var result = JsonataArray.CreateSequence();
        if (arguments[0] is not JsonataObject obj)
        {
            return result;
        }

        var function = (JsonataFunction)arguments[1]!;
        foreach (var (key, value) in obj.ToList())
        {
            var mapped = context.Apply(function, HigherOrderArguments(function, value, key, obj));
            if (mapped is not null)
            {
                result.Add(mapped);
            }
        }

        return result;
    }

    public static object? Sift(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not JsonataObject obj)
        {
            return null;
        }

        var function = (JsonataFunction)arguments[1]!;
        var result = new JsonataObject();
        foreach (var (key, value) in obj.ToList())
        {
            if (JsonataValues.ToBoolean(context.Apply(function, HigherOrderArguments(function, value, key, obj))) == true)
            {
                result[key] = value;
            }
        }

        return result.Count == 0 ? null : result;
    }

    public static object? Clone(JsonataCallContext context, IReadOnlyList<object?> arguments) => JsonataValues.DeepClone(arguments[0]);

    public static object? Type(JsonataCallContext context, IReadOnlyList<object?> arguments) => JsonataValues.TypeName(arguments[0]);

    public static object? Error(JsonataCallContext context, IReadOnlyList<object?> arguments) =>
        throw new JsonataException("D3137", arguments[0] is string { Length: > 0 } message ? message : "$error() function evaluated");

    public static object? Assert(JsonataCallContext context, IReadOnlyList<object?> arguments)
    {
        if (arguments[0] is not true)
        {
            throw new JsonataException("D3141", arguments[1] is string { Length: > 0 } message ? message : "$assert() statement failed");
        }

        return null;
    }

    /// <summary>The value, then the index or key, then the whole collection: as many as the function declares.</summary>
    public static object?[] HigherOrderArguments(JsonataFunction function, object? value, object? key, object? collection) =>
        function.Arity switch
        {
            >= 3 => [value, key, collection],
            2 => [value, key],
            _ => [value],
        };

    private static object? SpreadValue(object? value)
    {
        switch (value)
        {
            case JsonataArray items:
                var spread = new JsonataArray();
                foreach (var item in items)
                {
                    var part = SpreadValue(item);
                    if (part is JsonataArray parts)
                    {
                        spread.AddRange(parts);
                    }
                    else if (part is not null)
                    {
                        spread.Add(part);
                    }
                }

                return spread;
            case JsonataObject obj:
                var result = JsonataArray.CreateSequence();
                foreach (var (key, member) in obj)
                {
                    result.Add(new JsonataObject { [key] = member });
                }

                return result;
            default:
                return value;
        }
    }
}
