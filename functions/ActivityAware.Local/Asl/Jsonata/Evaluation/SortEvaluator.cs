using ActivityAware.Local.Asl.Jsonata.Ast;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Evaluation;

/// <summary>The order-by step: a stable sort on its terms; undefined keys sort last, keys must be all numbers or all strings.</summary>
internal static class SortEvaluator
{
    public static JsonataArray Sort(SortNode sort, object? input, Frame environment)
    {
        var items = input as JsonataArray ?? JsonataArray.CreateSequence(input);
        var isTupleStream = items.IsTupleStream;
        var keyed = items.Select(item => (Item: item, Keys: KeysOf(sort, item, isTupleStream, environment))).ToList();
        keyed = MergeSorter.Sort(keyed, (a, b) => Compare(sort, a.Keys, b.Keys) > 0);

        var result = JsonataArray.CreateSequence();
        result.IsTupleStream = isTupleStream;
        result.AddRange(keyed.Select(entry => entry.Item));
        return result;
    }

    private static object?[] KeysOf(SortNode sort, object? item, bool isTupleStream, Frame environment)
    {
        var context = item;
        var frame = environment;
        if (isTupleStream && item is TupleBinding tuple)
        {
            context = tuple.Context;
            frame = tuple.ToFrame(environment);
        }

        return sort.Terms.Select(term => Evaluator.Evaluate(term.Expression, context, frame)).ToArray();
    }

    private static int Compare(SortNode sort, object?[] a, object?[] b)
    {
        for (var i = 0; i < sort.Terms.Count; i++)
        {
            var (left, right) = (a[i], b[i]);
            if (left is null)
            {
                if (right is null)
                {
                    continue;
                }

                return 1;
            }

            if (right is null)
            {
                return -1;
            }

            if (left is not (string or double) || right is not (string or double))
            {
                throw JsonataErrors.Create("T2008", sort.Position, value: left is string or double ? right : left);
            }

            int comparison;
            if (left is double l && right is double r)
            {
                comparison = l.CompareTo(r);
            }
            else if (left is string ls && right is string rs)
            {
                comparison = string.CompareOrdinal(ls, rs);
            }
            else
            {
                throw JsonataErrors.Create("T2007", sort.Position, value: left, value2: right);
            }

            if (comparison != 0)
            {
                return sort.Terms[i].Descending ? -comparison : comparison;
            }
        }

        return 0;
    }
}
