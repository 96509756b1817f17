using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.JsonPath;

namespace ActivityAware.Local.Asl.Intrinsics;

/// <summary>Parses <c>States.Name(arg, …)</c> with string literals in single quotes, numbers, booleans, null, paths and nested calls.</summary>
internal sealed class IntrinsicParser(string text)
{
    private int _pos;

    public IntrinsicExpression ParseWhole()
    {
        var call = ParseCall();
        SkipSpaces();
        if (_pos != text.Length)
            throw Error("unexpected text after the closing ')'");
        return call;
    }

    private IntrinsicExpression ParseCall()
    {
        SkipSpaces();
        var start = _pos;
        while (_pos < text.Length && (char.IsAsciiLetterOrDigit(text[_pos]) || text[_pos] is '.' or '_'))
            _pos++;
        var name = text[start.._pos];
        if (!IntrinsicFunctions.IsKnown(name))
            throw Error($"unknown intrinsic function '{name}'");
        // The spec: the name "MUST be followed immediately by" the parenthesised arguments.
        Expect('(');
        var args = new List<IntrinsicArgument>();
        SkipSpaces();
        if (Peek() != ')')
        {
            args.Add(ParseArgument());
            SkipSpaces();
            while (Peek() == ',')
            {
                _pos++;
                args.Add(ParseArgument());
                SkipSpaces();
            }
        }
        Expect(')');
        if (name == "States.JsonToString" && args is not [PathArgument])
            throw Error("States.JsonToString takes a single argument, which must be a path");
        return new IntrinsicExpression(name, args);
    }

    private IntrinsicArgument ParseArgument()
    {
        SkipSpaces();
        var c = Peek();
        if (c == '\'')
            return ParseString();
        if (c == '$')
            return ParsePath();
        if (text.AsSpan(_pos).StartsWith("States.", StringComparison.Ordinal))
            return new CallArgument(ParseCall());
        foreach (var (word, value) in new (string, JsonNode?)[] { ("true", JsonValue.Create(true)), ("false", JsonValue.Create(false)), ("null", null) })
        {
            if (text.AsSpan(_pos).StartsWith(word, StringComparison.Ordinal))
            {
                _pos += word.Length;
                return new LiteralArgument(value, null);
            }
        }
        var start = _pos;
        while (_pos < text.Length && (char.IsAsciiDigit(text[_pos]) || text[_pos] is '-' or '+' or '.' or 'e' or 'E'))
            _pos++;
        if (start == _pos || !decimal.TryParse(text[start.._pos], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            throw Error("expected a string in single quotes, a number, true, false, null, a path or an intrinsic function");
        return new LiteralArgument(AslJson.Number(number), null);
    }

    private LiteralArgument ParseString()
    {
        _pos++;
        var raw = new StringBuilder();
        var value = new StringBuilder();
        while (_pos < text.Length && text[_pos] != '\'')
        {
            if (text[_pos] == '\\')
            {
                // The spec reserves ' { } \ and requires every backslash to escape one of them: any other is an open escape.
                if (_pos + 1 >= text.Length || text[_pos + 1] is not ('\'' or '{' or '}' or '\\'))
                    throw Error("an open escape backslash; only \\' \\{ \\} and \\\\ are escapes");
                raw.Append(text[_pos]).Append(text[_pos + 1]);
                value.Append(text[_pos + 1]);
                _pos += 2;
                continue;
            }
            raw.Append(text[_pos]);
            value.Append(text[_pos++]);
        }
        Expect('\'');
        return new LiteralArgument(JsonValue.Create(value.ToString()), raw.ToString());
    }

    private PathArgument ParsePath()
    {
        var start = _pos;
        var depth = 0;
        char? quote = null;
        while (_pos < text.Length)
        {
            var c = text[_pos];
            if (quote is { } q)
            {
                if (c == q)
                    quote = null;
            }
            else if (depth > 0 && c is '\'' or '"')
            {
                quote = c;
            }
            else if (c is '[' or '(')
            {
                depth++;
            }
            else if (c is ']' || (c == ')' && depth > 0))
            {
                depth--;
            }
            else if (depth == 0 && c is ',' or ')' or ' ')
            {
                break;
            }
            _pos++;
        }
        try
        {
            return new PathArgument(JsonPathExpression.Parse(text[start.._pos]));
        }
        catch (JsonPathSyntaxException e)
        {
            throw Error(e.Message);
        }
    }

    private char Peek() => _pos < text.Length ? text[_pos] : '\0';

    private void SkipSpaces()
    {
        while (_pos < text.Length && char.IsWhiteSpace(text[_pos]))
            _pos++;
    }

    private void Expect(char c)
    {
        if (Peek() != c)
            throw Error($"expected '{c}'");
        _pos++;
    }

    private FormatException Error(string what) => new($"Invalid intrinsic function '{text}': {what} at position {_pos}.");
}
