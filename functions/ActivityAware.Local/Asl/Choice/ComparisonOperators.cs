namespace ActivityAware.Local.Asl.Choice;

/// <summary>The comparison operators of Choice rules and the JSON type each one's operand must have.</summary>
internal static class ComparisonOperators
{
    public enum Operand { String, Number, Boolean, Timestamp, Path }

    public static readonly IReadOnlyDictionary<string, Operand> All = Build();

    private static Dictionary<string, Operand> Build()
    {
        var all = new Dictionary<string, Operand>(StringComparer.Ordinal)
        {
            ["StringMatches"] = Operand.String,
            ["BooleanEquals"] = Operand.Boolean,
            ["BooleanEqualsPath"] = Operand.Path,
            ["IsNull"] = Operand.Boolean,
            ["IsPresent"] = Operand.Boolean,
            ["IsNumeric"] = Operand.Boolean,
            ["IsString"] = Operand.Boolean,
            ["IsBoolean"] = Operand.Boolean,
            ["IsTimestamp"] = Operand.Boolean,
        };
        foreach (var (prefix, operand) in new[] { ("String", Operand.String), ("Numeric", Operand.Number), ("Timestamp", Operand.Timestamp) })
        {
            foreach (var relation in new[] { "Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals" })
            {
                all[prefix + relation] = operand;
                all[prefix + relation + "Path"] = Operand.Path;
            }
        }
        return all;
    }
}
