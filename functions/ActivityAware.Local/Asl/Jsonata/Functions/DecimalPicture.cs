namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>
/// One analysed sub-picture of a $formatNumber picture string (F&amp;O 3.1 §4.7.3 and §4.7.4), read as jsonata-js reads it, its
/// quirks included: the exponent is located in the whole sub-picture but cut from the active part, a picture without a decimal
/// separator takes its suffix as the fractional part, and fractional grouping positions after the first are searched in the
/// integer part.
/// </summary>
public sealed record DecimalPicture(
    string Picture,
    string Prefix,
    string Suffix,
    IReadOnlyList<int> IntegerGroupingPositions,
    int RegularGrouping,
    int MinimumIntegerPartSize,
    int ScalingFactor,
    IReadOnlyList<int> FractionalGroupingPositions,
    int MinimumFractionalPartSize,
    int MaximumFractionalPartSize,
    int MinimumExponentSize)
{
    public static DecimalPicture Analyse(string subPicture, DecimalFormat format)
    {
        var parts = Split(subPicture, format);
        Validate(parts, format);
        var integerGrouping = GroupingPositions(parts.IntegerPart, parts.IntegerPart, toLeft: false, format);
        var fractionalGrouping = GroupingPositions(parts.FractionalPart, parts.IntegerPart, toLeft: true, format);
        var minimumInteger = parts.IntegerPart.Count(format.IsDecimalDigit);
        var scalingFactor = minimumInteger;
        var minimumFraction = parts.FractionalPart.Count(format.IsDecimalDigit);
        var maximumFraction = parts.FractionalPart.Count(format.IsDigitSign);
        var exponentPresent = parts.ExponentPart is not null;
        if (minimumInteger == 0 && maximumFraction == 0)
        {
            if (exponentPresent)
                minimumFraction = maximumFraction = 1;
            else
                minimumInteger = 1;
        }
        if (exponentPresent && minimumInteger == 0 && parts.IntegerPart.Contains(format.Digit, StringComparison.Ordinal))
            minimumInteger = 1;
        if (minimumInteger == 0 && minimumFraction == 0)
            minimumFraction = 1;
        var minimumExponent = parts.ExponentPart?.Count(format.IsDecimalDigit) ?? 0;
        return new DecimalPicture(subPicture, parts.Prefix, parts.Suffix, integerGrouping, Regular(integerGrouping), minimumInteger,
            scalingFactor, fractionalGrouping, minimumFraction, maximumFraction, minimumExponent);
    }

    private sealed record Parts(string Picture, string Prefix, string Suffix, string ActivePart, string MantissaPart, string? ExponentPart,
        string IntegerPart, string FractionalPart);

    private static Parts Split(string picture, DecimalFormat format)
    {
        bool IsMarker(char c) => format.IsActive(c) && c.ToString() != format.ExponentSeparator;
        var first = Enumerable.Range(0, picture.Length).FirstOrDefault(i => IsMarker(picture[i]), -1);
        var last = Enumerable.Range(0, picture.Length).LastOrDefault(i => IsMarker(picture[i]), -1);
        // jsonata-js 2.0.6 finds no prefix in a picture without active characters and fails reading its length (later versions: D3086).
        if (first < 0)
            throw new JsonataException("TypeError", "Cannot read properties of undefined (reading 'length')");
        var prefix = picture[..first];
        var suffix = picture[(last + 1)..];
        var activePart = JavaScriptStrings.Substring(picture, prefix.Length, picture.Length - suffix.Length);
        var exponentPosition = picture.IndexOf(format.ExponentSeparator, prefix.Length, StringComparison.Ordinal);
        string mantissaPart;
        string? exponentPart;
        if (exponentPosition == -1 || exponentPosition > picture.Length - suffix.Length)
        {
            mantissaPart = activePart;
            exponentPart = null;
        }
        else
        {
            mantissaPart = JavaScriptStrings.Substring(activePart, 0, exponentPosition);
            exponentPart = JavaScriptStrings.Substring(activePart, exponentPosition + 1);
        }
        var decimalPosition = mantissaPart.IndexOf(format.DecimalSeparator, StringComparison.Ordinal);
        return decimalPosition == -1
            ? new Parts(picture, prefix, suffix, activePart, mantissaPart, exponentPart, mantissaPart, suffix)
            : new Parts(picture, prefix, suffix, activePart, mantissaPart, exponentPart, mantissaPart[..decimalPosition],
                mantissaPart[(decimalPosition + 1)..]);
    }

    /// <summary>The F&amp;O §4.7.3 rules; as in jsonata-js, when several are broken the last one checked is reported.</summary>
    private static void Validate(Parts parts, DecimalFormat format)
    {
        string? error = null;
        var picture = parts.Picture;
        bool Repeats(string symbol) => picture.IndexOf(symbol, StringComparison.Ordinal) != picture.LastIndexOf(symbol, StringComparison.Ordinal);
        bool Has(string symbol) => picture.Contains(symbol, StringComparison.Ordinal);
        var decimalPosition = picture.IndexOf(format.DecimalSeparator, StringComparison.Ordinal);
        if (Repeats(format.DecimalSeparator))
            error = "D3081";
        if (Repeats(format.Percent))
            error = "D3082";
        if (Repeats(format.PerMille))
            error = "D3083";
        if (Has(format.Percent) && Has(format.PerMille))
            error = "D3084";
        if (!parts.MantissaPart.Any(format.IsDigitSign))
            error = "D3085";
        if (parts.ActivePart.Any(c => !format.IsActive(c)))
            error = "D3086";
        if (decimalPosition != -1)
        {
            if (CharAt(picture, decimalPosition - 1) == format.GroupingSeparator || CharAt(picture, decimalPosition + 1) == format.GroupingSeparator)
                error = "D3087";
        }
        else if (CharAt(parts.IntegerPart, parts.IntegerPart.Length - 1) == format.GroupingSeparator)
        {
            error = "D3088";
        }
        if (Has(format.GroupingSeparator + format.GroupingSeparator))
            error = "D3089";
        var optionalDigit = parts.IntegerPart.IndexOf(format.Digit, StringComparison.Ordinal);
        if (optionalDigit != -1 && parts.IntegerPart[..optionalDigit].Any(format.IsDecimalDigit))
            error = "D3090";
        optionalDigit = parts.FractionalPart.LastIndexOf(format.Digit, StringComparison.Ordinal);
        if (optionalDigit != -1 && parts.FractionalPart[optionalDigit..].Any(format.IsDecimalDigit))
            error = "D3091";
        if (parts.ExponentPart is { Length: > 0 } && (Has(format.Percent) || Has(format.PerMille)))
            error = "D3092";
        if (parts.ExponentPart is { } exponent && (exponent.Length == 0 || exponent.Any(c => !format.IsDecimalDigit(c))))
            error = "D3093";
        if (error is not null)
            throw new JsonataException(error, RuleMessages[error]);
    }

    /// <summary>jsonata-js's wording of each broken picture rule.</summary>
    private static readonly Dictionary<string, string> RuleMessages = new()
    {
        ["D3081"] = "The sub-picture must not contain more than one instance of the 'decimal-separator' character",
        ["D3082"] = "The sub-picture must not contain more than one instance of the 'percent' character",
        ["D3083"] = "The sub-picture must not contain more than one instance of the 'per-mille' character",
        ["D3084"] = "The sub-picture must not contain both a 'percent' and a 'per-mille' character",
        ["D3085"] = "The mantissa part of a sub-picture must contain at least one character that is either an 'optional digit character' or a member of the 'decimal digit family'",
        ["D3086"] = "The sub-picture must not contain a passive character that is preceded by an active character and that is followed by another active character",
        ["D3087"] = "The sub-picture must not contain a 'grouping-separator' character that appears adjacent to a 'decimal-separator' character",
        ["D3088"] = "The sub-picture must not contain a 'grouping-separator' at the end of the integer part",
        ["D3089"] = "The sub-picture must not contain two adjacent instances of the 'grouping-separator' character",
        ["D3090"] = "The integer part of the sub-picture must not contain a member of the 'decimal digit family' that is followed by an instance of the 'optional digit character'",
        ["D3091"] = "The fractional part of the sub-picture must not contain an instance of the 'optional digit character' that is followed by a member of the 'decimal digit family'",
        ["D3092"] = "A sub-picture that contains a 'percent' or 'per-mille' character must not contain a character treated as an 'exponent-separator'",
        ["D3093"] = "The exponent part of the sub-picture must comprise only of one or more characters that are members of the 'decimal digit family'",
    };

    private static string CharAt(string text, int index) => index >= 0 && index < text.Length ? text[index].ToString() : "";

    private static List<int> GroupingPositions(string part, string integerPart, bool toLeft, DecimalFormat format)
    {
        var positions = new List<int>();
        var separator = format.GroupingSeparator;
        var position = part.IndexOf(separator, StringComparison.Ordinal);
        while (position != -1)
        {
            var counted = toLeft ? JavaScriptStrings.Substring(part, 0, position) : JavaScriptStrings.Substring(part, position);
            positions.Add(counted.Count(format.IsDigitSign));
            position = position + 1 <= integerPart.Length ? integerPart.IndexOf(separator, position + 1, StringComparison.Ordinal) : -1;
        }
        return positions;
    }

    /// <summary>The interval of the grouping separators if they are evenly spaced (every multiple of their gcd present), else 0.</summary>
    private static int Regular(IReadOnlyList<int> positions)
    {
        if (positions.Count == 0)
            return 0;
        var factor = positions.Aggregate(Gcd);
        for (var index = 1; index <= positions.Count; index++)
        {
            if (!positions.Contains(index * factor))
                return 0;
        }
        return factor;
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
