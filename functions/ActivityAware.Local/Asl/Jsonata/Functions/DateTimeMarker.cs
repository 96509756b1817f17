namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>
/// One part of an analysed date-time picture (F&amp;O 3.1 §9.8.4.1): literal text, or a variable marker with its component letter,
/// presentation modifiers, width and, for numeric components, the integer picture it is written with.
/// </summary>
public sealed record DateTimeMarker
{
    public string? Literal { get; init; }
    public char Component { get; init; }
    public string Presentation1 { get; init; } = "";
    public char? Presentation2 { get; init; }
    public LetterCase? Names { get; init; }
    public double? MinWidth { get; init; }
    public double? MaxWidth { get; init; }
    public IntegerPicture? IntegerFormat { get; init; }

    /// <summary>For the year: how many of its last digits are written (−1: all).</summary>
    public int YearDigits { get; init; } = -1;

    public bool IsLiteral => Literal is not null;
}
