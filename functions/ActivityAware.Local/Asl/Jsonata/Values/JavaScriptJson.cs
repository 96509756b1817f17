using System.Globalization;
using System.Text;

namespace ActivityAware.Local.Asl.Jsonata.Values;

/// <summary>
/// JSON text as JavaScript's JSON.stringify writes it for jsonata-js's $string: numbers rounded to 15 significant
/// digits, functions as empty strings, undefined object members left out and undefined array items as null.
/// </summary>
public static class JavaScriptJson
{
    /// <summary>
    /// The JSON text, or null when the value is undefined. With forString (as $string) numbers are rounded to 15
    /// significant digits and infinite ones raise D1001; without it they are written as plain JSON.stringify does.
    /// </summary>
    public static string? Stringify(object? value, bool pretty, bool forString = true)
    {
        if (value is null)
        {
            return null;
        }

        var text = new StringBuilder();
        Write(text, value, pretty, 0, forString);
        return text.ToString();
    }

    public static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (c < 0x20 || IsLoneSurrogate(value, i))
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }

    private static bool IsLoneSurrogate(string value, int i)
    {
        var c = value[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));
    }

    private static void Write(StringBuilder text, object? value, bool pretty, int depth, bool guardNumbers)
    {
        switch (value)
        {
            case null:
            case JsonataNull:
                text.Append("null");
                break;
            case bool flag:
                text.Append(flag ? "true" : "false");
                break;
            case double number:
                if (!double.IsFinite(number))
                {
                    if (guardNumbers)
                    {
                        throw JsonataErrors.Create("D1001", value: number);
                    }

                    text.Append("null");
                }
                else
                {
                    text.Append(JavaScriptNumber.ToString(guardNumbers ? JavaScriptNumber.ToPrecision15(number) : number));
                }

                break;
            case string s:
                WriteString(text, s);
                break;
            case JsonataFunction:
                text.Append("\"\"");
                break;
            case JsonataArray array:
                WriteArray(text, array.OuterWrapper && array.Count > 0 && array[0] is JsonataArray inner ? inner : array, pretty, depth, guardNumbers);
                break;
            case JsonataObject obj:
                WriteObject(text, obj, pretty, depth, guardNumbers);
                break;
            default:
                text.Append("null");
                break;
        }
    }

    private static void WriteArray(StringBuilder text, JsonataArray array, bool pretty, int depth, bool guardNumbers)
    {
        if (array.Count == 0)
        {
            text.Append("[]");
            return;
        }

        text.Append('[');
        for (var i = 0; i < array.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            NewLine(text, pretty, depth + 1);
            Write(text, array[i], pretty, depth + 1, guardNumbers);
        }

        NewLine(text, pretty, depth);
        text.Append(']');
    }

    private static void WriteObject(StringBuilder text, JsonataObject obj, bool pretty, int depth, bool guardNumbers)
    {
        var first = true;
        text.Append('{');
        foreach (var (key, member) in obj)
        {
            if (member is null)
            {
                continue;
            }

            if (!first)
            {
                text.Append(',');
            }

            first = false;
            NewLine(text, pretty, depth + 1);
            WriteString(text, key);
            text.Append(pretty ? ": " : ":");
            Write(text, member, pretty, depth + 1, guardNumbers);
        }

        if (!first)
        {
            NewLine(text, pretty, depth);
        }

        text.Append('}');
    }

    private static void NewLine(StringBuilder text, bool pretty, int depth)
    {
        if (pretty)
        {
            text.Append('\n').Append(' ', depth * 2);
        }
    }
}
