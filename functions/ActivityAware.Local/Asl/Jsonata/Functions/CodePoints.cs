namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>Counting and cutting strings in Unicode code points, as jsonata-js does with Array.from(string).</summary>
public static class CodePoints
{
    public static int Count(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++, count++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
        }
        return count;
    }

    /// <summary>The first <paramref name="count"/> code points of <paramref name="text"/>.</summary>
    public static string Prefix(string text, int count)
    {
        var i = 0;
        for (var taken = 0; taken < count && i < text.Length; taken++)
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        return text[..i];
    }
}
