using System.Text.RegularExpressions;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>The .NET regex of a regex literal matcher; a matcher that is not a regex literal (a lambda) is not supported by $match, $split and $replace: T1010.</summary>
internal static class TranslatedRegexes
{
    public static Regex Of(object? matcher, string function) => matcher is JsonataRegex literal
        ? literal.Regex
        : throw JsonataErrors.Create("T1010", token: function);
}
