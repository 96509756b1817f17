namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>JavaScript's forgiving substring and slice, whose index clamping jsonata-js's picture-string code relies on.</summary>
public static class JavaScriptStrings
{
    /// <summary>String.prototype.substring: indexes clamped to the string, swapped if the start is past the end.</summary>
    public static string Substring(string text, int start, int? end = null)
    {
        var from = Math.Clamp(start, 0, text.Length);
        var to = Math.Clamp(end ?? text.Length, 0, text.Length);
        return from <= to ? text[from..to] : text[to..from];
    }

    /// <summary>String.prototype.slice: negative indexes count from the end; an empty string when the start is past the end.</summary>
    public static string Slice(string text, int start, int? end = null)
    {
        var from = start < 0 ? Math.Max(text.Length + start, 0) : Math.Min(start, text.Length);
        var last = end ?? text.Length;
        var to = last < 0 ? Math.Max(text.Length + last, 0) : Math.Min(last, text.Length);
        return from < to ? text[from..to] : "";
    }
}
