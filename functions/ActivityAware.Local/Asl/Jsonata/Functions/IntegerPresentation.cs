namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>How an integer picture presents a number.</summary>
public enum IntegerPresentation
{
    Decimal,
    Letters,
    Roman,
    Words,
    Sequence,
}
