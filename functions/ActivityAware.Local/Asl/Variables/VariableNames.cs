using System.Globalization;

namespace ActivityAware.Local.Asl.Variables;

/// <summary>
/// What a workflow variable may be called: an identifier (a letter or <c>_</c>, then letters, digits, <c>_</c> and combining marks) of at
/// most 80 characters, other than <c>states</c>, which Step Functions reserves (<c>$states</c> is JSONata's).
/// </summary>
public static class VariableNames
{
    public const int MaxLength = 80;

    public const string Reserved = "states";

    /// <summary>Why <paramref name="name"/> cannot name a variable, or null when it can.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0 || !IsStart(name[0]) || !name.Skip(1).All(IsPart))
            return $"'{name}' is not a valid variable name; a name starts with a letter or '_' and goes on with letters, digits or '_'";
        if (name.Length > MaxLength)
            return $"the variable name '{name}' is longer than {MaxLength} characters";
        if (name == Reserved)
            return "'states' is a reserved variable name ($states belongs to the JSONata query language)";
        return null;
    }

    /// <summary>
    /// Reads the name of a variable reference (<c>$name</c>, <c>$name.field</c>, <c>$name[0]</c>) that starts at <paramref name="at"/>,
    /// just after the <c>$</c>; false when no identifier starts there (a <c>$</c> path, <c>$.a</c>, <c>$[0]</c>, <c>$$</c>).
    /// </summary>
    public static bool TryRead(string text, int at, out string name, out int end)
    {
        end = at;
        if (at >= text.Length || !IsStart(text[at]))
        {
            name = "";
            return false;
        }
        while (end < text.Length && IsPart(text[end]))
            end++;
        name = text[at..end];
        return true;
    }

    private static bool IsStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsPart(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.LetterNumber;
}
