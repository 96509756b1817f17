using ActivityAware.Local.Asl.Jsonata.Evaluation;

namespace ActivityAware.Local.Asl.Jsonata.Functions;

/// <summary>
/// The built-in function table: name (without '$'), JSONata signature, body. Every evaluation's scope encloses
/// these, so an expression can shadow them with its own variables.
/// </summary>
public static class BuiltInFunctions
{
    public static IReadOnlyList<NativeFunction> All { get; } =
    [
        new("string", "<x-b?:s>", StringFunctions.String, arity: 1),
        new("length", "<s-:n>", StringFunctions.Length),
        new("substring", "<s-nn?:s>", StringFunctions.Substring),
        new("substringBefore", "<s-s:s>", StringFunctions.SubstringBefore),
        new("substringAfter", "<s-s:s>", StringFunctions.SubstringAfter),
        new("uppercase", "<s-:s>", StringFunctions.Uppercase),
        new("lowercase", "<s-:s>", StringFunctions.Lowercase),
        new("trim", "<s-:s>", StringFunctions.Trim),
        new("contains", "<s-(sf):b>", StringFunctions.Contains),
        new("join", "<a<s>s?:s>", StringFunctions.Join),

        new("number", "<(nsb)-:n>", NumericFunctions.Number),
        new("abs", "<n-:n>", NumericFunctions.Abs),
        new("floor", "<n-:n>", NumericFunctions.Floor),
        new("ceil", "<n-:n>", NumericFunctions.Ceil),
        new("power", "<n-n:n>", NumericFunctions.Power),
        new("sqrt", "<n-:n>", NumericFunctions.Sqrt),

        new("sum", "<a<n>:n>", AggregationFunctions.Sum),
        new("max", "<a<n>:n>", AggregationFunctions.Max),
        new("min", "<a<n>:n>", AggregationFunctions.Min),
        new("average", "<a<n>:n>", AggregationFunctions.Average),

        new("boolean", "<x-:b>", BooleanFunctions.Boolean),
        new("not", "<x-:b>", BooleanFunctions.Not),
        new("exists", "<x:b>", BooleanFunctions.Exists),

        new("count", "<a:n>", ArrayFunctions.Count),
        new("append", "<xx:a>", ArrayFunctions.Append),
        new("sort", "<af?:a>", ArrayFunctions.Sort),
        new("reverse", "<a:a>", ArrayFunctions.Reverse),
        new("shuffle", "<a:a>", ArrayFunctions.Shuffle),
        new("distinct", "<x:x>", ArrayFunctions.Distinct),
        new("zip", "<a+>", ArrayFunctions.Zip),

        new("keys", "<x-:a<s>>", ObjectFunctions.Keys),
        new("lookup", "<x-s:x>", ObjectFunctions.Lookup),
        new("spread", "<x-:a<o>>", ObjectFunctions.Spread),
        new("merge", "<a<o>:o>", ObjectFunctions.Merge),
        new("each", "<o-f:a>", ObjectFunctions.Each),
        new("sift", "<o-f?:o>", ObjectFunctions.Sift),
        new("clone", "<(oa)-:o>", ObjectFunctions.Clone),
        new("type", "<x:s>", ObjectFunctions.Type),
        new("error", "<s?:x>", ObjectFunctions.Error),
        new("assert", "<bs?:x>", ObjectFunctions.Assert),

        new("map", "<af>", HigherOrderFunctions.Map),
        new("filter", "<af>", HigherOrderFunctions.Filter),
        new("single", "<af?>", HigherOrderFunctions.Single),
        new("reduce", "<afj?:j>", HigherOrderFunctions.Reduce),

        new("now", "<s?s?:s>", DateTimeFunctions.Now),
        new("millis", "<:n>", DateTimeFunctions.Millis),

        .. TextFunctionEntries.All,
        .. NumberAndDateFunctionEntries.All,
        .. StepFunctionsFunctionEntries.All,
    ];

    internal static Frame Environment { get; } = CreateEnvironment();

    private static Frame CreateEnvironment()
    {
        var frame = new Frame(null, null);
        foreach (var function in All)
        {
            frame.Bind(function.Name, function);
        }

        return frame;
    }
}
