using System.Text;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>
/// $base64encode and $base64decode as jsonata-js runs them on Node.js: text is taken as 'binary' (each UTF-16 unit's low byte is a
/// byte, so only Latin-1 survives) and decoded back the same way; decoding skips characters outside the base64 alphabets and stops at
/// the padding, as Node's Buffer does.
/// </summary>
public static class Base64Encoding
{
    public static string Encode(string text)
    {
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
            bytes[i] = (byte)text[i];
        return Convert.ToBase64String(bytes);
    }

    public static string Decode(string base64)
    {
        var sextets = new List<int>(base64.Length);
        foreach (var c in base64)
        {
            if (c == '=')
                break;
            var value = SextetOf(c);
            if (value >= 0)
                sextets.Add(value);
        }
        var text = new StringBuilder(sextets.Count * 3 / 4);
        for (var i = 0; i + 1 < sextets.Count; i += 4)
        {
            var chunk = sextets.Skip(i).Take(4).ToList();
            var bits = chunk.Aggregate(0, (acc, s) => (acc << 6) | s) << (6 * (4 - chunk.Count));
            var byteCount = chunk.Count - 1;
            for (var b = 0; b < byteCount; b++)
                text.Append((char)((bits >> (16 - 8 * b)) & 0xFF));
        }
        return text.ToString();
    }

    private static int SextetOf(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' or '-' => 62,
        '/' or '_' => 63,
        _ => -1,
    };
}
