using System.Text.RegularExpressions;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>$split: a string cut at each occurrence of a separator string or regex, up to a number of parts.</summary>
public static class StringSplitting
{
    public static IReadOnlyList<string> Split(string text, string separator, double? limit = null)
    {
        CheckLimit(limit);
        if (limit == 0)
            return [];
        // JavaScript's String.prototype.split: an empty separator cuts between UTF-16 code units; the limit truncates the list.
        var parts = separator.Length == 0 ? text.Select(c => c.ToString()).ToList() : text.Split(separator).ToList();
        var max = limit is { } l ? (long)Math.Min(Math.Floor(l), uint.MaxValue) : long.MaxValue;
        return parts.Count > max ? parts.GetRange(0, (int)max) : parts;
    }

    public static IReadOnlyList<string> Split(string text, Regex separator, double? limit = null)
    {
        CheckLimit(limit);
        var parts = new List<string>();
        if (limit == 0)
            return parts;
        var count = 0;
        var start = 0;
        using var matches = RegexScanner.Scan(separator, text).GetEnumerator();
        var found = matches.MoveNext();
        if (!found)
            return [text];
        for (; found && (limit is null || count < limit); found = matches.MoveNext(), count++)
        {
            parts.Add(text[start..matches.Current.Start]);
            start = matches.Current.End;
        }
        if (limit is null || count < limit)
            parts.Add(text[start..]);
        return parts;
    }

    private static void CheckLimit(double? limit)
    {
        if (limit < 0)
            throw JsonataErrors.Create("D3020", value: limit);
    }
}
