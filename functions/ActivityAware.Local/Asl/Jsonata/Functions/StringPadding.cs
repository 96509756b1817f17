namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>$pad: pads a string to a width, on the right for a positive width and on the left for a negative one.</summary>
public static class StringPadding
{
    public static string Pad(string text, double width, string? padding = null)
    {
        if (string.IsNullOrEmpty(padding))
            padding = " ";
        var length = CodePoints.Count(text);
        // A fractional width counts whole characters only (jsonata-js suite: $pad('foo', 5.7) is "foo  ").
        var count = (int)Math.Floor(Math.Abs(width) - length);
        if (count <= 0)
            return text;
        // jsonata-js repeats the padding string count times, then keeps the first count code points of that.
        var repeated = string.Concat(Enumerable.Repeat(padding, count));
        var fill = CodePoints.Prefix(repeated, count);
        return width > 0 ? text + fill : fill + text;
    }
}
