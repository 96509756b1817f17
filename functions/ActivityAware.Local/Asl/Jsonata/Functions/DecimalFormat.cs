namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>The symbols of an XPath decimal format (F&amp;O 3.1 §4.7.1) with jsonata-js's defaults, overridden by $formatNumber's options.</summary>
public sealed class DecimalFormat
{
    private readonly Dictionary<string, string> _properties = new(StringComparer.Ordinal)
    {
        ["decimal-separator"] = ".",
        ["grouping-separator"] = ",",
        ["exponent-separator"] = "e",
        ["infinity"] = "Infinity",
        ["minus-sign"] = "-",
        ["NaN"] = "NaN",
        ["percent"] = "%",
        ["per-mille"] = "\u2030",
        ["zero-digit"] = "0",
        ["digit"] = "#",
        ["pattern-separator"] = ";",
    };

    public DecimalFormat(IReadOnlyDictionary<string, string>? options)
    {
        foreach (var (name, value) in options ?? new Dictionary<string, string>())
            _properties[name] = value;
        var zero = ZeroDigit.Length > 0 ? ZeroDigit[0] : '0';
        DigitFamily = Enumerable.Range(0, 10).Select(i => ((char)(zero + i)).ToString()).ToArray();
        ActiveCharacters = [.. DigitFamily, DecimalSeparator, ExponentSeparator, GroupingSeparator, Digit, PatternSeparator];
    }

    public string DecimalSeparator => _properties["decimal-separator"];
    public string GroupingSeparator => _properties["grouping-separator"];
    public string ExponentSeparator => _properties["exponent-separator"];
    public string MinusSign => _properties["minus-sign"];
    public string Percent => _properties["percent"];
    public string PerMille => _properties["per-mille"];
    public string ZeroDigit => _properties["zero-digit"];
    public string Digit => _properties["digit"];
    public string PatternSeparator => _properties["pattern-separator"];

    /// <summary>The ten digits starting at the zero digit.</summary>
    public IReadOnlyList<string> DigitFamily { get; }

    /// <summary>The characters that make up the active part of a picture.</summary>
    public IReadOnlyList<string> ActiveCharacters { get; }

    public bool IsDecimalDigit(char c) => DigitFamily.Contains(c.ToString());

    public bool IsDigitSign(char c) => IsDecimalDigit(c) || c.ToString() == Digit;

    public bool IsActive(char c) => ActiveCharacters.Contains(c.ToString());
}
