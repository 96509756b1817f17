using System.Text;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>
/// An analysed XPath integer picture (F&amp;O 3.1 §4.6.1) as jsonata-js reads it: a decimal-digit pattern (with its digit family,
/// mandatory and optional digits and grouping separators), letters (A, a), roman numerals (I, i) or words (W, Ww, w), and ";o" for
/// ordinals. Anything else is a numbering sequence, which jsonata-js does not support (D3130 when used).
/// </summary>
public sealed record IntegerPicture
{
    /// <summary>The zero of each Unicode decimal digit family jsonata-js recognises.</summary>
    private static readonly int[] DecimalDigitZeros =
    [
        0x30, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0,
        0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900,
        0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    ];

    public IntegerPresentation Primary { get; init; } = IntegerPresentation.Decimal;
    public LetterCase Case { get; init; } = LetterCase.Lower;
    public bool Ordinal { get; init; }
    public int ZeroCode { get; init; } = '0';
    public int MandatoryDigits { get; init; }
    public int OptionalDigits { get; init; }

    /// <summary>The grouping separators, each with the number of digit signs to its right, leftmost first.</summary>
    public IReadOnlyList<(int Position, string Character)> GroupingSeparators { get; init; } = [];

    /// <summary>Set when the separators repeat at a fixed interval: that interval and character then apply however long the number.</summary>
    public (int Interval, string Character)? RegularGrouping { get; init; }

    /// <summary>The picture of an unsupported numbering sequence.</summary>
    public string Token { get; init; } = "";

    public static IntegerPicture Analyse(string picture)
    {
        var semicolon = picture.LastIndexOf(';');
        var primary = semicolon == -1 ? picture : picture[..semicolon];
        var ordinal = semicolon != -1 && picture.Length > semicolon + 1 && picture[semicolon + 1] == 'o';
        var basic = new IntegerPicture { Ordinal = ordinal };
        return primary switch
        {
            "A" => basic with { Primary = IntegerPresentation.Letters, Case = LetterCase.Upper },
            "a" => basic with { Primary = IntegerPresentation.Letters },
            "I" => basic with { Primary = IntegerPresentation.Roman, Case = LetterCase.Upper },
            "i" => basic with { Primary = IntegerPresentation.Roman },
            "W" => basic with { Primary = IntegerPresentation.Words, Case = LetterCase.Upper },
            "Ww" => basic with { Primary = IntegerPresentation.Words, Case = LetterCase.Title },
            "w" => basic with { Primary = IntegerPresentation.Words },
            _ => AnalyseDigitPattern(primary, basic),
        };
    }

    private static IntegerPicture AnalyseDigitPattern(string pattern, IntegerPicture basic)
    {
        int? zeroCode = null;
        int mandatory = 0, optional = 0, signsToTheRight = 0;
        var separators = new List<(int Position, string Character)>();
        foreach (var rune in pattern.EnumerateRunes().Reverse())
        {
            var zero = DecimalDigitZeros.Where(z => rune.Value >= z && rune.Value <= z + 9).Select(z => (int?)z).FirstOrDefault();
            if (zero is { } z)
            {
                mandatory++;
                signsToTheRight++;
                if (zeroCode is { } known && known != z)
                    throw JsonataErrors.Create("D3131");
                zeroCode = z;
            }
            else if (rune.Value == '#')
            {
                signsToTheRight++;
                optional++;
            }
            else
            {
                separators.Add((signsToTheRight, rune.ToString()));
            }
        }
        if (mandatory == 0)
            return basic with { Primary = IntegerPresentation.Sequence, Token = pattern };
        separators.Reverse();
        var interval = RegularInterval(separators);
        return basic with
        {
            ZeroCode = zeroCode!.Value,
            MandatoryDigits = mandatory,
            OptionalDigits = optional,
            GroupingSeparators = separators,
            RegularGrouping = interval > 0 ? (interval, separators[0].Character) : null,
        };
    }

    private static int RegularInterval(List<(int Position, string Character)> separators)
    {
        if (separators.Count == 0 || separators.Any(s => s.Character != separators[0].Character))
            return 0;
        var positions = separators.Select(s => s.Position).ToList();
        var factor = positions.Aggregate(Gcd);
        for (var index = 1; index <= positions.Count; index++)
        {
            if (!positions.Contains(index * factor))
                return 0;
        }
        return factor;
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

    /// <summary>The picture's digits in its own digit family: code points of ASCII digits shifted to the family's zero.</summary>
    public string ToFamilyDigits(string asciiDigits)
    {
        if (ZeroCode == '0')
            return asciiDigits;
        var result = new StringBuilder();
        foreach (var c in asciiDigits)
            result.Append(char.ConvertFromUtf32(c + ZeroCode - '0'));
        return result.ToString();
    }
}
