using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>
/// The JavaScript-faithful .NET regex (<see cref="JavaScriptRegex"/>) of each regex literal, built once per literal. A matcher
/// that is not a regex literal (a lambda) is not supported by $match, $split and $replace: T1010.
/// </summary>
internal static class TranslatedRegexes
{
    private static readonly ConditionalWeakTable<JsonataRegex, Regex> Cache = [];

    public static Regex Of(object? matcher, string function) => matcher is JsonataRegex literal
        ? Cache.GetValue(literal, l => JavaScriptRegex.Create(l.Pattern, l.Flags))
        : throw new JsonataException("T1010", $"The matcher function argument passed to function ${function} does not return the correct object structure");
}
