namespace ActivityAware.Core.Rules.Patterns;

/// <summary>One bound of a numeric pattern, e.g. <c>"&gt;=", 10</c>.</summary>
internal readonly record struct NumericComparison(string Operator, double Operand)
{
    public bool Holds(double value) => Operator switch
    {
        "=" => value == Operand,
        "<" => value < Operand,
        "<=" => value <= Operand,
        ">" => value > Operand,
        ">=" => value >= Operand,
        _ => false,
    };
}
