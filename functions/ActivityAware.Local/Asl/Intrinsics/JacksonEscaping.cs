using System.Globalization;
using System.Text;

namespace ActivityAware.Local.Asl.Intrinsics;

/// <summary>
/// JSON text escaped as AWS (Jackson) escapes it: only quote, backslash and control characters below U+0020. The serializer also writes
/// characters outside the Basic Multilingual Plane (an emoji) and a few others (U+007F) as <c>\uXXXX</c>; in a string that
/// States.JsonToString returns, those escapes are part of the value, so they are turned back into the characters.
/// </summary>
internal static class JacksonEscaping
{
    public static string Unescape(string json)
    {
        if (!json.Contains("\\u", StringComparison.Ordinal))
            return json;
        var sb = new StringBuilder(json.Length);
        var i = 0;
        while (i < json.Length)
        {
            var c = json[i];
            if (c != '\\' || i + 1 >= json.Length)
            {
                sb.Append(c);
                i++;
                continue;
            }
            if (json[i + 1] == 'u' && i + 6 <= json.Length
                && int.TryParse(json.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) && code >= 0x20)
            {
                sb.Append((char)code);
                i += 6;
                continue;
            }
            // Any other escape (\" \\ \n \u0001 …) is one Jackson writes too; copy both characters so an escaped backslash is not re-read.
            sb.Append(c).Append(json[i + 1]);
            i += 2;
        }
        return sb.ToString();
    }
}
