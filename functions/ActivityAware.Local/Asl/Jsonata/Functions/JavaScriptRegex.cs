using System.Text;
using System.Text.RegularExpressions;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>
/// Builds a .NET <see cref="Regex"/> that matches as a JSONata regex literal (a JavaScript RegExp, flags i and m) does: ASCII \d and
/// \w, '.' stopping at every JavaScript line terminator, '$' only at the very end (or a line end with m), and groups numbered in
/// the order they open, named ones included (.NET numbers named groups after the unnamed ones).
/// </summary>
public static class JavaScriptRegex
{
    private const string LineTerminators = @"\n\r\u2028\u2029";

    public static Regex Create(string pattern, string flags)
    {
        var multiline = flags.Contains('m');
        var options = RegexOptions.CultureInvariant | (flags.Contains('i') ? RegexOptions.IgnoreCase : RegexOptions.None);
        try
        {
            return new Regex(Translate(pattern, multiline), options);
        }
        catch (ArgumentException e)
        {
            throw new JsonataException("S0303", $"Invalid regular expression /{pattern}/: {e.Message}");
        }
    }

    private static string Translate(string pattern, bool multiline)
    {
        var groupNumbers = NumberNamedGroups(pattern);
        var result = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                i = TranslateEscape(pattern, i + 1, inClass, groupNumbers, result);
                continue;
            }
            if (inClass)
            {
                if (c == ']')
                    inClass = false;
                result.Append(c == '[' ? @"\[" : c.ToString());
                continue;
            }
            switch (c)
            {
                case '[' when pattern.AsSpan(i).StartsWith("[^]"):
                    result.Append(@"[\s\S]");
                    i += 2;
                    break;
                case '[' when pattern.AsSpan(i).StartsWith("[]"):
                    result.Append("(?!)");
                    i += 1;
                    break;
                case '[':
                    inClass = true;
                    result.Append(c);
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                        result.Append(pattern[++i]);
                    break;
                case '(' when pattern.AsSpan(i).StartsWith("(?<") && i + 3 < pattern.Length && pattern[i + 3] is not ('=' or '!'):
                    result.Append('(');
                    i = pattern.IndexOf('>', i);
                    break;
                case '.':
                    result.Append($"[^{LineTerminators}]");
                    break;
                case '$':
                    result.Append(multiline ? $@"(?=[{LineTerminators}]|\z)" : @"\z");
                    break;
                case '^':
                    result.Append(multiline ? $"(?:^|(?<=[{LineTerminators}]))" : "^");
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }
        return result.ToString();
    }

    /// <summary>Appends the .NET spelling of the escape whose letter is at <paramref name="at"/>; returns the index of its last character.</summary>
    private static int TranslateEscape(string pattern, int at, bool inClass, Dictionary<string, int> groupNumbers, StringBuilder result)
    {
        var c = pattern[at];
        switch (c)
        {
            case 'd':
                result.Append(inClass ? "0-9" : "[0-9]");
                return at;
            case 'D' when !inClass:
                result.Append("[^0-9]");
                return at;
            case 'w':
                result.Append(inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]");
                return at;
            case 'W' when !inClass:
                result.Append("[^a-zA-Z0-9_]");
                return at;
            case 'k' when at + 1 < pattern.Length && pattern[at + 1] == '<':
                var close = pattern.IndexOf('>', at);
                if (close > 0 && groupNumbers.TryGetValue(pattern[(at + 2)..close], out var number))
                {
                    result.Append(@"(?:\").Append(number).Append(')');
                    return close;
                }
                result.Append('k');
                return at;
            case 'b' or 'B' or 'D' or 'f' or 'n' or 'r' or 's' or 'S' or 't' or 'v' or 'W' or 'c' or 'x' or 'u':
            case >= '0' and <= '9':
                result.Append('\\').Append(c);
                return at;
            default:
                // JavaScript reads any other escaped character as itself; .NET gives some letters a meaning (\e, \A, \p) or rejects them.
                if (char.IsLetter(c) || c == '_')
                    result.Append(c);
                else
                    result.Append('\\').Append(c);
                return at;
        }
    }

    /// <summary>The number JavaScript gives each named group: its position among all capturing groups, in opening order.</summary>
    private static Dictionary<string, int> NumberNamedGroups(string pattern)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
                i++;
            else if (inClass)
                inClass = c != ']';
            else if (c == '[')
                inClass = true;
            else if (c == '(' && (i + 1 >= pattern.Length || pattern[i + 1] != '?'))
                count++;
            else if (c == '(' && pattern.AsSpan(i).StartsWith("(?<") && i + 3 < pattern.Length && pattern[i + 3] is not ('=' or '!'))
            {
                var close = pattern.IndexOf('>', i);
                if (close > 0)
                    numbers[pattern[(i + 3)..close]] = ++count;
            }
        }
        return numbers;
    }
}
