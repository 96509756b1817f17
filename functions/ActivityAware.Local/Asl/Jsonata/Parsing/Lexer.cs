using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Parsing;

/// <summary>Splits JSONata text into tokens on demand; whether '/' starts a regex depends on the parser's position.</summary>
internal sealed partial class Lexer
{
    private const string SingleCharOperators = ".[]{}(),@#;:?+-*/%|=<>^&!~";
    private const string WhiteSpace = " \t\n\r\v";

    // JSONata 2.0.6 has no "?:" or "??" (they came in 2.1.0): "a ?: b" fails as jsonata-js 2.0.6 and AWS fail it, with S0211.
    private static readonly string[] DoubleCharOperators = ["..", ":=", "!=", ">=", "<=", "**", "~>"];

    private readonly string text;
    private int position;

    public Lexer(string text)
    {
        this.text = text;
    }

    public Token Next(bool regexAllowed)
    {
        SkipWhiteSpaceAndComments();
        if (position >= text.Length)
        {
            return new Token(TokenKind.End, "(end)", null, position);
        }

        var current = text[position];
        if (regexAllowed && current == '/')
        {
            position++;
            return ScanRegex();
        }

        foreach (var op in DoubleCharOperators)
        {
            if (string.CompareOrdinal(text, position, op, 0, 2) == 0)
            {
                position += 2;
                return new Token(TokenKind.Operator, op, null, position);
            }
        }

        if (SingleCharOperators.Contains(current))
        {
            position++;
            return new Token(TokenKind.Operator, current.ToString(), null, position);
        }

        if (current is '"' or '\'')
        {
            position++;
            return ScanString(current);
        }

        var number = char.IsAsciiDigit(current) ? NumberPattern().Match(text, position) : Match.Empty;
        if (number.Success)
        {
            position += number.Length;
            var value = double.Parse(number.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (!double.IsFinite(value))
            {
                throw JsonataErrors.Create("S0102", position, token: number.Value);
            }

            return new Token(TokenKind.Number, number.Value, value, position);
        }

        if (current == '`')
        {
            position++;
            var end = text.IndexOf('`', position);
            if (end < 0)
            {
                position = text.Length;
                throw JsonataErrors.Create("S0105", position);
            }

            var quoted = text[position..end];
            position = end + 1;
            return new Token(TokenKind.Name, quoted, quoted, position);
        }

        return ScanName();
    }

    /// <summary>The raw text of a lambda signature after its opening '&lt;', up to the matching '&gt;' (both included).</summary>
    public string ReadSignature()
    {
        var start = position - 1;
        var depth = 1;
        while (position < text.Length && depth > 0)
        {
            var c = text[position++];
            if (c == '<')
            {
                depth++;
            }
            else if (c == '>')
            {
                depth--;
            }
        }

        if (depth > 0)
        {
            throw JsonataErrors.Create("S0203", position, value: ">");
        }

        return text[start..position];
    }

    private void SkipWhiteSpaceAndComments()
    {
        while (position < text.Length)
        {
            if (WhiteSpace.Contains(text[position]))
            {
                position++;
            }
            else if (text[position] == '/' && position + 1 < text.Length && text[position + 1] == '*')
            {
                var end = text.IndexOf("*/", position + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw JsonataErrors.Create("S0106", position);
                }

                position = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private Token ScanString(char quote)
    {
        var value = new StringBuilder();
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '\\')
            {
                position++;
                if (position >= text.Length)
                {
                    break;
                }

                c = text[position];
                switch (c)
                {
                    case '"': value.Append('"'); break;
                    case '\\': value.Append('\\'); break;
                    case '/': value.Append('/'); break;
                    case 'b': value.Append('\b'); break;
                    case 'f': value.Append('\f'); break;
                    case 'n': value.Append('\n'); break;
                    case 'r': value.Append('\r'); break;
                    case 't': value.Append('\t'); break;
                    case 'u':
                        if (position + 4 < text.Length && int.TryParse(text.AsSpan(position + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            value.Append((char)code);
                            position += 4;
                        }
                        else
                        {
                            throw JsonataErrors.Create("S0104", position);
                        }

                        break;
                    default:
                        throw JsonataErrors.Create("S0103", position, token: c.ToString());
                }
            }
            else if (c == quote)
            {
                position++;
                var literal = value.ToString();
                return new Token(TokenKind.String, literal, literal, position);
            }
            else
            {
                value.Append(c);
            }

            position++;
        }

        throw JsonataErrors.Create("S0101", position);
    }

    private Token ScanRegex()
    {
        var start = position;
        var depth = 0;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '/' && depth == 0 && IsUnescaped(position))
            {
                var pattern = text[start..position];
                if (pattern.Length == 0)
                {
                    throw JsonataErrors.Create("S0301", position);
                }

                position++;
                var flagsStart = position;
                while (position < text.Length && text[position] is 'i' or 'm')
                {
                    position++;
                }

                var regex = new JsonataRegex(pattern, text[flagsStart..position]);
                return new Token(TokenKind.Regex, regex.ToString(), regex, position);
            }

            if (c is '(' or '[' or '{' && IsUnescaped(position))
            {
                depth++;
            }
            else if (c is ')' or ']' or '}' && IsUnescaped(position))
            {
                depth--;
            }

            position++;
        }

        throw JsonataErrors.Create("S0302", position);
    }

    private bool IsUnescaped(int at)
    {
        var backslashes = 0;
        while (at - backslashes - 1 >= 0 && text[at - backslashes - 1] == '\\')
        {
            backslashes++;
        }

        return backslashes % 2 == 0;
    }

    private Token ScanName()
    {
        var end = position;
        while (end < text.Length && !WhiteSpace.Contains(text[end]) && !SingleCharOperators.Contains(text[end]))
        {
            end++;
        }

        var start = position;
        position = end;
        if (text[start] == '$')
        {
            var variable = text[(start + 1)..end];
            return new Token(TokenKind.Variable, variable, variable, position);
        }

        var name = text[start..end];
        return name switch
        {
            "and" or "or" or "in" => new Token(TokenKind.Operator, name, null, position),
            "true" => new Token(TokenKind.Value, name, true, position),
            "false" => new Token(TokenKind.Value, name, false, position),
            "null" => new Token(TokenKind.Value, name, JsonataNull.Value, position),
            _ => new Token(TokenKind.Name, name, name, position),
        };
    }

    [GeneratedRegex(@"\G(0|([1-9][0-9]*))(\.[0-9]+)?([Ee][-+]?[0-9]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
