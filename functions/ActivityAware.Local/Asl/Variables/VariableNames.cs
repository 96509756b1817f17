using System.Globalization;
using System.Buffers;
using System.Text;

namespace ActivityAware.Local.Asl.Variables;

/// <summary>
/// What a workflow variable may be called: an identifier (a letter or <c>_</c>, then letters, digits, <c>_</c> and combining marks) of at
/// most 80 Unicode characters, other than <c>states</c>, which Step Functions reserves (<c>$states</c> is JSONata's). A name is a whole
/// variable: <c>x.y</c> or <c>x[2]</c> would assign a part of one, which Step Functions does not do.
/// </summary>
public static class VariableNames
{
    public const int MaxLength = 80;

    public const string Reserved = "states";

    /// <summary>Why <paramref name="name"/> cannot name a variable, or null when it can.</summary>
    public static string? Problem(string name)
    {
        if (!TryRead(name, 0, out _, out var end) || end != name.Length)
            return $"'{name}' is not a valid variable name; a name starts with a letter or '_' and goes on with letters, digits or '_'";
        if (name.EnumerateRunes().Count() > MaxLength)
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
        while (end < text.Length && Rune.DecodeFromUtf16(text.AsSpan(end), out var rune, out var length) == OperationStatus.Done
            && (end == at ? IsStart(rune) : IsPart(rune)))
            end += length;
        name = text[at..end];
        return end > at;
    }

    private static bool IsStart(Rune c) => Rune.IsLetter(c) || c.Value == '_';

    private static bool IsPart(Rune c) => Rune.IsLetterOrDigit(c) || c.Value == '_' || Rune.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.LetterNumber;
}
