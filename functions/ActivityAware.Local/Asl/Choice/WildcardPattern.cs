namespace ActivityAware.Local.Asl.Choice;

/// <summary>StringMatches patterns: <c>*</c> matches any run of characters; <c>\*</c> and <c>\\</c> are literal.</summary>
public static class WildcardPattern
{
    /// <summary>True when every backslash escapes <c>*</c> or <c>\</c>; the spec makes any other backslash (an open escape) an error.</summary>
    public static bool IsWellFormed(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != '\\')
                continue;
            if (i + 1 >= pattern.Length || pattern[i + 1] is not ('*' or '\\'))
                return false;
            i++;
        }
        return true;
    }

    public static bool Matches(string pattern, string text)
    {
        var tokens = new List<(char Char, bool IsWildcard)>();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\' && i + 1 < pattern.Length)
                tokens.Add((pattern[++i], false));
            else
                tokens.Add((pattern[i], pattern[i] == '*'));
        }
        // Classic greedy match with backtracking to the last star: linear in practice, no regex.
        int t = 0, p = 0, starP = -1, starT = 0;
        while (t < text.Length)
        {
            if (p < tokens.Count && !tokens[p].IsWildcard && tokens[p].Char == text[t])
            {
                p++;
                t++;
            }
            else if (p < tokens.Count && tokens[p].IsWildcard)
            {
                starP = p++;
                starT = t;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                t = ++starT;
            }
            else
            {
                return false;
            }
        }
        while (p < tokens.Count && tokens[p].IsWildcard)
            p++;
        return p == tokens.Count;
    }
}
