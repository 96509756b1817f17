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
        : throw JsonataErrors.Create("T1010", token: function);
}
