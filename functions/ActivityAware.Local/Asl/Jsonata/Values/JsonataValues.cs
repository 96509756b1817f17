namespace ActivityAware.Local.Asl.Jsonata.Values;

/// <summary>Type tests and conversions of the value model that the evaluator and the built-in functions share.</summary>
public static class JsonataValues
{
    /// <summary>jsonata-js's isNumeric: a number that is not NaN; an infinite number is an error (D1001).</summary>
    public static bool IsNumeric(object? value)
    {
        if (value is not double number || double.IsNaN(number))
        {
            return false;
        }

        if (double.IsInfinity(number))
        {
            throw JsonataErrors.Create("D1001", value: number);
        }

        return true;
    }

    public static bool IsArrayOfStrings(object? value) => value is JsonataArray array && array.TrueForAll(item => item is string);

    public static bool IsArrayOfNumbers(object? value) => value is JsonataArray array && array.TrueForAll(item => item is double);

    /// <summary>The effective boolean value ($boolean); null when the value is undefined.</summary>
    public static bool? ToBoolean(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case JsonataArray array:
                if (array.Count == 1)
                {
                    return ToBoolean(array[0]);
                }

                return array.Count > 1 && array.Exists(item => ToBoolean(item) == true);
            case string text:
                return text.Length > 0;
            case double number:
                return IsNumeric(number) && number != 0;
            case JsonataObject obj:
                return obj.Count > 0;
            case bool flag:
                return flag;
            default:
                return false;
        }
    }

    /// <summary>Structural equality as jsonata-js's isDeepEqual; functions are equal only to themselves.</summary>
    public static bool DeepEquals(object? left, object? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        switch (left)
        {
            case double l when right is double r:
                return l == r;
            case string l when right is string r:
                return string.Equals(l, r, StringComparison.Ordinal);
            case bool l when right is bool r:
                return l == r;
            case JsonataArray l when right is JsonataArray r:
                if (l.Count != r.Count)
                {
                    return false;
                }

                for (var i = 0; i < l.Count; i++)
                {
                    if (!DeepEquals(l[i], r[i]))
                    {
                        return false;
                    }
                }

                return true;
            case JsonataObject l when right is JsonataObject r:
                if (l.Count != r.Count)
                {
                    return false;
                }

                foreach (var (key, value) in l)
                {
                    if (!r.TryGetValue(key, out var other) || !DeepEquals(value, other))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>The name $type gives a value: "null", "number", "string", "boolean", "array", "object" or "function".</summary>
    public static string? TypeName(object? value) => value switch
    {
        null => null,
        JsonataNull => "null",
        double => "number",
        string => "string",
        bool => "boolean",
        JsonataArray => "array",
        JsonataFunction => "function",
        _ => "object",
    };

    /// <summary>jsonata-js's fn.append: joins two values into one array; an undefined side leaves the other as it is.</summary>
    public static object? Append(object? left, object? right)
    {
        if (left is null)
        {
            return right;
        }

        if (right is null)
        {
            return left;
        }

        var result = new JsonataArray();
        if (left is JsonataArray leftArray)
        {
            result.AddRange(leftArray);
        }
        else
        {
            result.Add(left);
        }

        if (right is JsonataArray rightArray)
        {
            result.AddRange(rightArray);
        }
        else
        {
            result.Add(right);
        }

        return result;
    }

    /// <summary>Nested arrays flattened into one list (the wildcard's flattening).</summary>
    public static void Flatten(object? value, List<object?> into)
    {
        if (value is JsonataArray array)
        {
            foreach (var item in array)
            {
                Flatten(item, into);
            }
        }
        else
        {
            into.Add(value);
        }
    }

    /// <summary>A deep copy of the JSON parts of a value (functions are shared); $clone and transforms use it.</summary>
    public static object? DeepClone(object? value)
    {
        switch (value)
        {
            case JsonataArray array:
                var arrayCopy = new JsonataArray { IsSequence = array.IsSequence, KeepSingleton = array.KeepSingleton, OuterWrapper = array.OuterWrapper };
                foreach (var item in array)
                {
                    arrayCopy.Add(DeepClone(item));
                }

                return arrayCopy;
            case JsonataObject obj:
                var objectCopy = new JsonataObject();
                foreach (var (key, member) in obj)
                {
                    objectCopy[key] = DeepClone(member);
                }

                return objectCopy;
            default:
                return value;
        }
    }

    /// <summary>$string's conversion: strings unchanged, functions as "", anything else as JSON; null when undefined.</summary>
    public static string? ToJsonataString(object? value, bool pretty = false) => value switch
    {
        null => null,
        string text => text,
        JsonataFunction => string.Empty,
        double number when !double.IsFinite(number) => throw JsonataErrors.Create("D3001", value: number),
        JsonataArray { OuterWrapper: true, Count: > 0 } wrapper => JavaScriptJson.Stringify(wrapper[0], pretty),
        _ => JavaScriptJson.Stringify(value, pretty),
    };
}
