using System.Text;
using System.Text.RegularExpressions;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>
/// A JSONata function signature such as <c>&lt;s-nn?:s&gt;</c>: b boolean, n number, s string, l null, a array
/// (a single value is wrapped), o object, f function, j any JSON, x anything, (…) a choice, &lt;…&gt; an array's
/// item type, ? optional, + one or more, - the context value when the argument is missing. As in jsonata-js, the
/// arguments' type letters are matched against a regular expression built from the signature.
/// </summary>
public sealed class FunctionSignature
{
    private readonly List<Parameter> parameters;
    private readonly Regex matcher;

    private FunctionSignature(string text, List<Parameter> parameters)
    {
        Text = text;
        this.parameters = parameters;
        matcher = new Regex("^" + string.Concat(parameters.Select(p => "(" + p.Pattern + ")")) + "$", RegexOptions.CultureInvariant);
    }

    public string Text { get; }

    public int ParameterCount => parameters.Count;

    public static FunctionSignature Parse(string text)
    {
        var parameters = new List<Parameter>();
        var position = 1;
        while (position < text.Length && text[position] != ':' && text[position] != '>')
        {
            var symbol = text[position];
            switch (symbol)
            {
                case 's' or 'n' or 'b' or 'l' or 'o':
                    parameters.Add(new Parameter(symbol.ToString(), "[" + symbol + "m]"));
                    break;
                case 'a':
                    parameters.Add(new Parameter("a", "[asnblfom]"));
                    break;
                case 'f':
                    parameters.Add(new Parameter("f", "f"));
                    break;
                case 'j':
                    parameters.Add(new Parameter("j", "[asnblom]"));
                    break;
                case 'x':
                    parameters.Add(new Parameter("x", "[asnblfom]"));
                    break;
                case '-':
                    var contextual = parameters[^1];
                    contextual.ContextPattern = new Regex("^" + contextual.Pattern + "$", RegexOptions.CultureInvariant);
                    contextual.Pattern += "?";
                    break;
                case '?' or '+':
                    parameters[^1].Pattern += symbol;
                    break;
                case '(':
                    var close = ClosingBracket(text, position, '(', ')');
                    var choice = text[(position + 1)..close];
                    if (choice.Contains('<'))
                    {
                        throw JsonataErrors.Create("S0402", position);
                    }

                    parameters.Add(new Parameter("(" + choice + ")", "[" + choice + "m]"));
                    position = close;
                    break;
                case '<':
                    var owner = parameters.Count > 0 ? parameters[^1] : null;
                    if (owner is null || (owner.Type != "a" && owner.Type != "f"))
                    {
                        throw JsonataErrors.Create("S0401", position);
                    }

                    var end = ClosingBracket(text, position, '<', '>');
                    owner.Subtype = text[(position + 1)..end];
                    position = end;
                    break;
                default:
                    throw JsonataErrors.Create("S0401", position);
            }

            position++;
        }

        return new FunctionSignature(text, parameters);
    }

    /// <summary>The arguments as the function receives them (context filled in, single values wrapped for array parameters), one per parameter.</summary>
    public IReadOnlyList<object?> Validate(IReadOnlyList<object?> arguments, object? context)
    {
        var supplied = new StringBuilder(arguments.Count);
        foreach (var argument in arguments)
        {
            supplied.Append(Symbol(argument));
        }

        var match = matcher.Match(supplied.ToString());
        if (!match.Success)
        {
            throw ValidationError(arguments, supplied.ToString());
        }

        var validated = new List<object?>(parameters.Count);
        var argumentIndex = 0;
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            var matched = match.Groups[i + 1].Value;
            if (matched.Length == 0)
            {
                if (parameter.ContextPattern is not null)
                {
                    if (!parameter.ContextPattern.IsMatch(Symbol(context).ToString()))
                    {
                        throw JsonataErrors.Create("T0411", value: context, index: argumentIndex + 1);
                    }

                    validated.Add(context);
                }
                else
                {
                    validated.Add(argumentIndex < arguments.Count ? arguments[argumentIndex] : null);
                    argumentIndex++;
                }

                continue;
            }

            foreach (var single in matched)
            {
                var argument = arguments[argumentIndex];
                if (parameter.Type == "a" && single != 'm')
                {
                    CheckItemType(parameter, argument, single, matched, argumentIndex);
                    if (single != 'a')
                    {
                        argument = new JsonataArray { argument };
                    }
                }

                validated.Add(argument);
                argumentIndex++;
            }
        }

        return validated;
    }

    private static void CheckItemType(Parameter parameter, object? argument, char single, string matched, int argumentIndex)
    {
        if (parameter.Subtype is null)
        {
            return;
        }

        var valid = true;
        if (single != 'a')
        {
            valid = matched == parameter.Subtype;
        }
        else if (argument is JsonataArray { Count: > 0 } items)
        {
            var itemType = Symbol(items[0]);
            valid = itemType == parameter.Subtype[0] && items.TrueForAll(item => Symbol(item) == itemType);
        }

        if (!valid)
        {
            throw JsonataErrors.Create("T0412", value: argument, index: argumentIndex + 1, type: ArrayItemTypeName(parameter.Subtype));
        }
    }

    private JsonataException ValidationError(IReadOnlyList<object?> arguments, string supplied)
    {
        var partial = new StringBuilder("^");
        var goodTo = 0;
        foreach (var parameter in parameters)
        {
            partial.Append(parameter.Pattern);
            var match = Regex.Match(supplied, partial.ToString(), RegexOptions.CultureInvariant);
            if (!match.Success)
            {
                break;
            }

            goodTo = match.Length;
        }

        return JsonataErrors.Create("T0410", value: goodTo < arguments.Count ? arguments[goodTo] : null, index: goodTo + 1);
    }

    private static string ArrayItemTypeName(string subtype) => subtype switch
    {
        "a" => "arrays",
        "b" => "booleans",
        "f" => "functions",
        "n" => "numbers",
        "o" => "objects",
        "s" => "strings",
        _ => subtype,
    };

    private static char Symbol(object? value) => value switch
    {
        JsonataFunction => 'f',
        string => 's',
        double => 'n',
        bool => 'b',
        JsonataNull => 'l',
        JsonataArray => 'a',
        JsonataObject => 'o',
        _ => 'm',
    };

    private static int ClosingBracket(string text, int start, char open, char close)
    {
        var depth = 1;
        for (var position = start + 1; position < text.Length; position++)
        {
            if (text[position] == open)
            {
                depth++;
            }
            else if (text[position] == close && --depth == 0)
            {
                return position;
            }
        }

        return text.Length - 1;
    }

    private sealed class Parameter
    {
        public Parameter(string type, string pattern)
        {
            Type = type;
            Pattern = pattern;
        }

        public string Type { get; }

        public string Pattern { get; set; }

        public Regex? ContextPattern { get; set; }

        public string? Subtype { get; set; }
    }
}
