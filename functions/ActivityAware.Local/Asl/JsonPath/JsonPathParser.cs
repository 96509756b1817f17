using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ActivityAware.Local.Asl.JsonPath;

/// <summary>Parses JSONPath text (after the <c>$</c>, <c>$$</c> or <c>@</c> root) into segments.</summary>
internal sealed class JsonPathParser(string text, int position)
{
    private int _pos = position;

    public int Position => _pos;

    public List<PathSegment> ParseSegments(Func<char, bool> stopAt)
    {
        var segments = new List<PathSegment>();
        while (_pos < text.Length && !stopAt(text[_pos]))
        {
            var c = text[_pos];
            if (c == '.')
            {
                _pos++;
                if (Peek() == '.')
                {
                    _pos++;
                    segments.Add(new RecursiveSegment(ParseAfterDot(stopAt, recursive: true)));
                }
                else
                {
                    segments.Add(ParseAfterDot(stopAt, recursive: false));
                }
            }
            else if (c == '[')
            {
                segments.Add(ParseBracket());
            }
            else
            {
                throw Error($"unexpected '{c}'");
            }
        }
        return segments;
    }

    private PathSegment ParseAfterDot(Func<char, bool> stopAt, bool recursive)
    {
        if (Peek() == '*')
        {
            _pos++;
            return new WildcardSegment();
        }
        // Jayway, and the AWS developer guide's own example ($.abc.['def ghi']), allow a bracket right after the dot.
        if (Peek() == '[')
            return ParseBracket();
        // A backslash makes the next character part of the name (the spec's examples: $.store\.book, $.foo\@bar.baz\[\[.\?pretty).
        var name = new StringBuilder();
        while (_pos < text.Length && text[_pos] is not ('.' or '[') && !stopAt(text[_pos]))
        {
            if (text[_pos] == ']')
                throw Error("unexpected ']'");
            if (text[_pos] == '\\' && _pos + 1 < text.Length)
                _pos++;
            name.Append(text[_pos++]);
        }
        if (name.Length == 0)
            throw Error("expected a field name");
        return new PropertySegment(name.ToString());
    }

    private PathSegment ParseBracket()
    {
        _pos++;
        SkipSpaces();
        PathSegment segment;
        if (Peek() == '*')
        {
            _pos++;
            segment = new WildcardSegment();
        }
        else if (Peek() == '?')
        {
            _pos++;
            SkipSpaces();
            Expect('(');
            var filter = new FilterParser(this).ParseOr();
            SkipSpaces();
            Expect(')');
            segment = new FilterSegment(filter);
        }
        else if (Peek() is '\'' or '"')
        {
            var names = new List<PathSegment> { new PropertySegment(ReadQuoted()) };
            while (SkipSpaces() && Peek() == ',')
            {
                _pos++;
                SkipSpaces();
                names.Add(new PropertySegment(ReadQuoted()));
            }
            segment = names.Count == 1 ? names[0] : new UnionSegment(names);
        }
        else
        {
            segment = ParseIndexOrSlice();
        }
        SkipSpaces();
        Expect(']');
        return segment;
    }

    private PathSegment ParseIndexOrSlice()
    {
        var first = ReadInteger();
        SkipSpaces();
        if (Peek() == ':')
        {
            _pos++;
            SkipSpaces();
            var end = ReadInteger();
            var step = 1;
            SkipSpaces();
            if (Peek() == ':')
            {
                _pos++;
                SkipSpaces();
                step = ReadInteger() ?? 1;
            }
            if (step == 0)
                throw Error("slice step cannot be 0");
            return new SliceSegment(first, end, step);
        }
        if (first is null)
            throw Error("expected an index, a quoted name, '*', a slice or a filter");
        var indices = new List<PathSegment> { new IndexSegment(first.Value) };
        while (Peek() == ',')
        {
            _pos++;
            SkipSpaces();
            indices.Add(new IndexSegment(ReadInteger() ?? throw Error("expected an index")));
            SkipSpaces();
        }
        return indices.Count == 1 ? indices[0] : new UnionSegment(indices);
    }

    internal int? ReadInteger()
    {
        var start = _pos;
        if (Peek() == '-')
            _pos++;
        while (_pos < text.Length && char.IsAsciiDigit(text[_pos]))
            _pos++;
        if (_pos == start)
            return null;
        if (!int.TryParse(text[start.._pos], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            throw Error("invalid integer");
        return value;
    }

    internal string ReadQuoted()
    {
        var quote = Peek();
        if (quote is not ('\'' or '"'))
            throw Error("expected a quoted string");
        _pos++;
        var sb = new StringBuilder();
        while (_pos < text.Length && text[_pos] != quote)
        {
            if (text[_pos] == '\\' && _pos + 1 < text.Length)
                _pos++;
            sb.Append(text[_pos++]);
        }
        Expect(quote);
        return sb.ToString();
    }

    internal JsonNode? ReadLiteral()
    {
        if (Peek() is '\'' or '"')
            return JsonValue.Create(ReadQuoted());
        foreach (var (word, value) in new (string, JsonNode?)[] { ("true", JsonValue.Create(true)), ("false", JsonValue.Create(false)), ("null", null) })
        {
            if (string.CompareOrdinal(text, _pos, word, 0, word.Length) == 0)
            {
                _pos += word.Length;
                return value;
            }
        }
        var start = _pos;
        while (_pos < text.Length && (char.IsAsciiDigit(text[_pos]) || text[_pos] is '-' or '+' or '.' or 'e' or 'E'))
            _pos++;
        if (start == _pos || !decimal.TryParse(text[start.._pos], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            throw Error("expected a literal");
        return AslJson.Number(number);
    }

    /// <summary>A filter's array operand (<c>in</c>, <c>nin</c>, <c>subsetof</c>, <c>anyof</c>, <c>noneof</c>): <c>['a', 1, true]</c>.</summary>
    internal JsonArray ReadArrayLiteral()
    {
        Expect('[');
        var items = new JsonArray();
        SkipSpaces();
        while (Peek() != ']')
        {
            items.Add(ReadLiteral());
            SkipSpaces();
            if (Peek() != ',')
                break;
            _pos++;
            SkipSpaces();
        }
        Expect(']');
        return items;
    }

    /// <summary>A <c>=~</c> operand, <c>/pattern/</c> with an optional <c>i</c> flag, as Jayway reads it.</summary>
    internal Regex ReadRegex()
    {
        Expect('/');
        var start = _pos;
        while (_pos < text.Length && text[_pos] != '/')
            _pos += text[_pos] == '\\' ? 2 : 1;
        if (_pos >= text.Length)
            throw Error("unterminated regular expression");
        var pattern = text[start.._pos];
        _pos++;
        var options = RegexOptions.CultureInvariant;
        while (Peek() is 'i' or 'm' or 's' or 'x' or 'u')
        {
            options |= text[_pos++] switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => RegexOptions.None,
            };
        }
        try
        {
            // Jayway matches the whole value (Java's Matcher.matches), not a substring.
            return new Regex($"\\A(?:{pattern})\\z", options, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw Error($"invalid regular expression: {e.Message}");
        }
    }

    internal char PeekAt(int offset) => _pos + offset < text.Length ? text[_pos + offset] : '\0';

    internal char Peek() => _pos < text.Length ? text[_pos] : '\0';

    internal void Advance(int count) => _pos += count;

    internal bool StartsWith(string token) => string.CompareOrdinal(text, _pos, token, 0, token.Length) == 0;

    internal bool SkipSpaces()
    {
        while (_pos < text.Length && text[_pos] == ' ')
            _pos++;
        return true;
    }

    internal void Expect(char c)
    {
        if (Peek() != c)
            throw Error($"expected '{c}'");
        _pos++;
    }

    internal JsonPathSyntaxException Error(string what) =>
        new($"Invalid JSONPath '{text}': {what} at position {_pos}.");
}
