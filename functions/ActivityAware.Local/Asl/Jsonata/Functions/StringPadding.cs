namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>$pad: pads a string to a width, on the right for a positive width and on the left for a negative one.</summary>
public static class StringPadding
{
    public static string Pad(string text, double width, string? padding = null)
    {
        if (string.IsNullOrEmpty(padding))
            padding = " ";
        var length = CodePoints.Count(text);
        var padLength = Math.Abs(width) - length;
        if (!(padLength > 0))
            return text;
        // jsonata-js 2.0.6 builds the padding with new Array(padLength + 1), which JavaScript rejects for a fraction.
        if (padLength != Math.Floor(padLength))
            throw new JsonataException("RangeError", "Invalid array length");
        var count = (int)padLength;
        // jsonata-js repeats the padding string count times, then keeps the first count code points of that.
        var repeated = string.Concat(Enumerable.Repeat(padding, count));
        var fill = CodePoints.Prefix(repeated, count);
        return width > 0 ? text + fill : fill + text;
    }
}
