using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Jsonata.Values;

/// <summary>Between System.Text.Json nodes and the JSONata value model; both directions build new trees.</summary>
public static class JsonNodeConversion
{
    /// <summary>A JSON node as a value; a null node is JSON null.</summary>
    public static object FromNode(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return JsonataNull.Value;
            case JsonObject obj:
                var result = new JsonataObject();
                foreach (var (key, member) in obj)
                {
                    result[key] = FromNode(member);
                }

                return result;
            case JsonArray array:
                var items = new JsonataArray();
                foreach (var item in array)
                {
                    items.Add(FromNode(item));
                }

                return items;
            default:
                var value = node.AsValue();
                return value.GetValueKind() switch
                {
                    JsonValueKind.String => value.GetValue<string>(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Number => ReadNumber(value),
                    _ => JsonataNull.Value,
                };
        }
    }

    /// <summary>
    /// A value as a JSON node, as JSON.stringify would write it: undefined members left out, undefined items and
    /// functions in arrays as null, integral numbers without a fraction, infinite and NaN numbers as null.
    /// </summary>
    public static JsonNode? ToNode(object? value)
    {
        switch (value)
        {
            case null:
            case JsonataNull:
            case JsonataFunction:
                return null;
            case bool flag:
                return JsonValue.Create(flag);
            case string text:
                return JsonValue.Create(text);
            case double number:
                return NumberNode(number);
            case JsonataArray array:
                var items = new JsonArray();
                foreach (var item in array)
                {
                    items.Add(ToNode(item));
                }

                return items;
            case JsonataObject obj:
                var result = new JsonObject();
                foreach (var (key, member) in obj)
                {
                    if (member is not null and not JsonataFunction)
                    {
                        result[key] = ToNode(member);
                    }
                }

                return result;
            default:
                return null;
        }
    }

    private static JsonValue? NumberNode(double number)
    {
        if (!double.IsFinite(number))
        {
            return null;
        }

        const double maxSafeInteger = 9007199254740991;
        if (Math.Floor(number) == number && Math.Abs(number) <= maxSafeInteger)
        {
            return JsonValue.Create((long)number);
        }

        return JsonValue.Create(number);
    }

    private static double ReadNumber(JsonValue value)
    {
        if (value.TryGetValue<double>(out var number))
        {
            return number;
        }

        return double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
