using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Evaluation;

/// <summary>JSONata's binary operators on evaluated operands, with jsonata-js's type rules and errors.</summary>
internal static class BinaryOperators
{
    private const int MaxRangeSize = 10_000_000;

    public static object? Apply(string op, object? left, object? right) => op switch
    {
        "+" or "-" or "*" or "/" or "%" => Arithmetic(op, left, right),
        "=" => left is not null && right is not null && JsonataValues.DeepEquals(left, right),
        "!=" => left is not null && right is not null && !JsonataValues.DeepEquals(left, right),
        "<" or "<=" or ">" or ">=" => Compare(op, left, right),
        "&" => Concatenate(left, right),
        ".." => Range(left, right),
        "in" => Includes(left, right),
        _ => throw JsonataErrors.Create("S0204", token: op),
    };

    private static object? Arithmetic(string op, object? left, object? right)
    {
        if (left is not null && !JsonataValues.IsNumeric(left))
        {
            throw JsonataErrors.Create("T2001", token: op, value: left);
        }

        if (right is not null && !JsonataValues.IsNumeric(right))
        {
            throw JsonataErrors.Create("T2002", token: op, value: right);
        }

        if (left is not double l || right is not double r)
        {
            return null;
        }

        return op switch
        {
            "+" => l + r,
            "-" => l - r,
            "*" => l * r,
            "/" => l / r,
            _ => l % r,
        };
    }

    private static object? Compare(string op, object? left, object? right)
    {
        var leftComparable = left is null or string or double;
        var rightComparable = right is null or string or double;
        if (!leftComparable || !rightComparable)
        {
            throw JsonataErrors.Create("T2010", token: op, value: left is string or double ? right : left);
        }

        if (left is null || right is null)
        {
            return null;
        }

        int comparison;
        if (left is double l && right is double r)
        {
            comparison = l.CompareTo(r);
        }
        else if (left is string ls && right is string rs)
        {
            comparison = string.CompareOrdinal(ls, rs);
        }
        else
        {
            throw JsonataErrors.Create("T2009", token: op, value: left, value2: right);
        }

        return op switch
        {
            "<" => comparison < 0,
            "<=" => comparison <= 0,
            ">" => comparison > 0,
            _ => comparison >= 0,
        };
    }

    private static string Concatenate(object? left, object? right) =>
        string.Concat(JsonataValues.ToJsonataString(left), JsonataValues.ToJsonataString(right));

    private static JsonataArray? Range(object? left, object? right)
    {
        if (left is not null && !IsInteger(left))
        {
            throw JsonataErrors.Create("T2003", value: left);
        }

        if (right is not null && !IsInteger(right))
        {
            throw JsonataErrors.Create("T2004", value: right);
        }

        if (left is not double from || right is not double to || from > to)
        {
            return null;
        }

        var size = to - from + 1;
        if (size > MaxRangeSize)
        {
            throw JsonataErrors.Create("D2014", value: size);
        }

        var result = JsonataArray.CreateSequence();
        result.Capacity = (int)size;
        for (var item = from; item <= to; item++)
        {
            result.Add(item);
        }

        return result;
    }

    private static bool IsInteger(object value) => value is double number && double.IsFinite(number) && Math.Floor(number) == number;

    private static bool Includes(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return false;
        }

        if (right is not JsonataArray items)
        {
            return IsSame(left, right);
        }

        return items.Exists(item => IsSame(left, item));
    }

    /// <summary>JavaScript's ===: values for numbers, strings and booleans, identity for objects and arrays.</summary>
    private static bool IsSame(object left, object? right) => left switch
    {
        double l => right is double r && l == r,
        string l => right is string r && l == r,
        bool l => right is bool r && l == r,
        _ => ReferenceEquals(left, right),
    };
}
