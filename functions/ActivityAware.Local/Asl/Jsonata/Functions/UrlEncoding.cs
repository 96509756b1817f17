using System.Text;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>
/// $encodeUrl, $encodeUrlComponent, $decodeUrl and $decodeUrlComponent: JavaScript's encodeURI, encodeURIComponent, decodeURI and
/// decodeURIComponent, with their URIError (a lone surrogate, a bad %-escape, bytes that are not UTF-8) as error D3140.
/// </summary>
public static class UrlEncoding
{
    private const string ComponentUnescaped = "-_.!~*'()";
    private const string UriReserved = ";/?:@&=+$,#";

    public static string EncodeUrl(string text) => Encode(text, ComponentUnescaped + UriReserved, "encodeUrl");

    public static string EncodeUrlComponent(string text) => Encode(text, ComponentUnescaped, "encodeUrlComponent");

    public static string DecodeUrl(string text) => Decode(text, UriReserved, "decodeUrl");

    public static string DecodeUrlComponent(string text) => Decode(text, "", "decodeUrlComponent");

    private static string Encode(string text, string unescaped, string function)
    {
        var result = new StringBuilder(text.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c) || unescaped.Contains(c))
            {
                result.Append(c);
                continue;
            }
            int codePoint;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                codePoint = char.ConvertToUtf32(c, text[++i]);
            else if (char.IsSurrogate(c))
                throw Malformed(text, function);
            else
                codePoint = c;
            var length = new Rune(codePoint).EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
                result.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return result.ToString();
    }

    private static string Decode(string text, string keptEscaped, string function)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '%')
            {
                result.Append(text[i]);
                continue;
            }
            var start = i;
            var first = ReadEscape(text, i, function);
            i += 2;
            if (first < 0x80)
            {
                var c = (char)first;
                result.Append(keptEscaped.Contains(c) ? text.Substring(start, 3) : c.ToString());
                continue;
            }
            var length = first switch { >= 0xC0 and < 0xE0 => 2, >= 0xE0 and < 0xF0 => 3, >= 0xF0 and < 0xF8 => 4, _ => 0 };
            if (length == 0)
                throw Malformed(text, function);
            var bytes = new byte[length];
            bytes[0] = (byte)first;
            for (var k = 1; k < length; k++)
            {
                if (i + 1 >= text.Length || text[i + 1] != '%')
                    throw Malformed(text, function);
                bytes[k] = (byte)ReadEscape(text, i + 1, function);
                i += 3;
            }
            try
            {
                result.Append(new UTF8Encoding(false, true).GetString(bytes));
            }
            catch (DecoderFallbackException)
            {
                throw Malformed(text, function);
            }
        }
        return result.ToString();
    }

    /// <summary>The byte of the %XX escape starting at <paramref name="at"/>.</summary>
    private static int ReadEscape(string text, int at, string function)
    {
        if (at + 2 >= text.Length || !char.IsAsciiHexDigit(text[at + 1]) || !char.IsAsciiHexDigit(text[at + 2]))
            throw Malformed(text, function);
        return Convert.ToInt32(text.Substring(at + 1, 2), 16);
    }

    private static JsonataException Malformed(string text, string function) =>
        new("D3140", $"Malformed URL passed to ${function}(): \"{text}\"");
}
