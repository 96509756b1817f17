namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>$formatNumber: a number written by an XPath decimal-format picture string (F&amp;O 3.1 §4.7.5), as jsonata-js writes it.</summary>
public static class NumberFormatting
{
    public static string FormatNumber(double value, string picture, IReadOnlyDictionary<string, string>? options = null)
    {
        var format = new DecimalFormat(options);
        var subPictures = picture.Split(format.PatternSeparator);
        if (subPictures.Length > 2)
            throw new JsonataException("D3080", "The picture string must only contain a maximum of two sub-pictures");
        var pictures = subPictures.Select(p => DecimalPicture.Analyse(p, format)).ToList();
        if (pictures.Count == 1)
            pictures.Add(pictures[0] with { Prefix = format.MinusSign + pictures[0].Prefix });
        var pic = value >= 0 ? pictures[0] : pictures[1];

        var adjusted = pic.Picture.Contains(format.Percent, StringComparison.Ordinal) ? value * 100
            : pic.Picture.Contains(format.PerMille, StringComparison.Ordinal) ? value * 1000
            : value;
        var (mantissa, exponent) = pic.MinimumExponentSize == 0 ? (adjusted, (int?)null) : Scale(adjusted, pic.ScalingFactor);
        var rounded = NumberRounding.Round(mantissa, pic.MaximumFractionalPartSize);

        var text = Digits(rounded, pic.MaximumFractionalPartSize, format);
        var point = text.IndexOf('.');
        text = point == -1 ? text + format.DecimalSeparator : text[..point] + format.DecimalSeparator + text[(point + 1)..];
        var zero = format.ZeroDigit;
        while (text.StartsWith(zero, StringComparison.Ordinal) && zero.Length == 1)
            text = text[1..];
        while (text.EndsWith(zero, StringComparison.Ordinal) && zero.Length == 1)
            text = text[..^1];

        var decimalPosition = text.IndexOf(format.DecimalSeparator, StringComparison.Ordinal);
        var padLeft = pic.MinimumIntegerPartSize - decimalPosition;
        var padRight = pic.MinimumFractionalPartSize - (text.Length - decimalPosition - 1);
        text = Repeat(zero, padLeft) + text + Repeat(zero, padRight);
        text = InsertIntegerGrouping(text, pic, format);
        text = InsertFractionalGrouping(text, pic, format);

        decimalPosition = text.IndexOf(format.DecimalSeparator, StringComparison.Ordinal);
        if (!pic.Picture.Contains(format.DecimalSeparator, StringComparison.Ordinal) || decimalPosition == text.Length - 1)
            text = text[..^1];
        if (exponent is { } e)
        {
            var exponentText = Digits(e, 0, format);
            exponentText = Repeat(zero, pic.MinimumExponentSize - exponentText.Length) + exponentText;
            text += format.ExponentSeparator + (e < 0 ? format.MinusSign : "") + exponentText;
        }
        return pic.Prefix + text + pic.Suffix;
    }

    /// <summary>
    /// mantissa × 10^exponent = value with the mantissa between 10^(scalingFactor−1) and 10^scalingFactor. jsonata-js loops forever on
    /// zero and negative values; here the magnitude is scaled and zero keeps exponent 0.
    /// </summary>
    private static (double Mantissa, int? Exponent) Scale(double value, int scalingFactor)
    {
        var magnitude = Math.Abs(value);
        var exponent = 0;
        if (magnitude != 0 && double.IsFinite(magnitude))
        {
            var max = Math.Pow(10, scalingFactor);
            var min = Math.Pow(10, scalingFactor - 1);
            for (; magnitude < min; exponent--)
                magnitude *= 10;
            for (; magnitude > max; exponent++)
                magnitude /= 10;
        }
        return (value < 0 ? -magnitude : magnitude, exponent);
    }

    /// <summary>Math.abs(value).toFixed(places) in the format's digit family.</summary>
    private static string Digits(double value, int places, DecimalFormat format)
    {
        var text = JavaScriptNumbers.ToFixed(Math.Abs(value), places);
        return format.ZeroDigit == "0" ? text : string.Concat(text.Select(c => char.IsAsciiDigit(c) ? format.DigitFamily[c - '0'] : c.ToString()));
    }

    private static string InsertIntegerGrouping(string text, DecimalPicture pic, DecimalFormat format)
    {
        var decimalPosition = text.IndexOf(format.DecimalSeparator, StringComparison.Ordinal);
        if (pic.RegularGrouping > 0)
        {
            var groupCount = (int)Math.Floor((decimalPosition - 1) / (double)pic.RegularGrouping);
            for (var group = 1; group <= groupCount; group++)
                text = Insert(text, decimalPosition - group * pic.RegularGrouping, format.GroupingSeparator);
            return text;
        }
        foreach (var position in pic.IntegerGroupingPositions)
        {
            text = Insert(text, decimalPosition - position, format.GroupingSeparator);
            decimalPosition++;
        }
        return text;
    }

    private static string InsertFractionalGrouping(string text, DecimalPicture pic, DecimalFormat format)
    {
        var decimalPosition = text.IndexOf(format.DecimalSeparator, StringComparison.Ordinal);
        foreach (var position in pic.FractionalGroupingPositions)
            text = Insert(text, position + decimalPosition + 1, format.GroupingSeparator);
        return text;
    }

    private static string Insert(string text, int at, string separator) =>
        JavaScriptStrings.Slice(text, 0, at) + separator + JavaScriptStrings.Slice(text, at);

    private static string Repeat(string text, int count) => count > 0 ? string.Concat(Enumerable.Repeat(text, count)) : "";
}
