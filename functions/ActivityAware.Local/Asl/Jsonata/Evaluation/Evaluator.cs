using ActivityAware.Local.Asl.Jsonata.Ast;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Evaluation;

/// <summary>
/// Evaluates any node: its own value, then its predicates and group-by, then JSONata's sequence rule (an empty
/// sequence is undefined, a one-item sequence is its item unless kept as an array).
/// </summary>
internal static class Evaluator
{
    public static object? Evaluate(Node node, object? input, Frame environment)
    {
        var state = environment.State!;
        if (++state.Depth > state.MaxDepth)
        {
            throw state.OnLargeStack ? JsonataErrors.Create("U1001", node.Position) : new EvaluationTooDeepException();
        }

        var result = node.EvaluateCore(input, environment);
        if (node.Predicates is not null)
        {
            foreach (var predicate in node.Predicates)
            {
                result = Filter(predicate, result, environment);
            }
        }

        if (node is not PathNode && node.Group is not null)
        {
            result = GroupEvaluator.Evaluate(node.Group, result, environment);
        }

        // No finally: JSONata cannot catch errors, so an exception ends the evaluation and its depth count with it.
        state.Depth--;
        if (result is JsonataArray { IsSequence: true, IsTupleStream: false } sequence)
        {
            if (node.KeepArray)
            {
                sequence.KeepSingleton = true;
            }

            if (sequence.Count == 0)
            {
                return null;
            }

            if (sequence.Count == 1)
            {
                return sequence.KeepSingleton ? sequence : sequence[0];
            }
        }

        return result;
    }

    /// <summary>A predicate <c>[expr]</c>: a number selects by position (negative from the end), anything else filters by truth.</summary>
    public static JsonataArray Filter(Node predicate, object? input, Frame environment)
    {
        var results = JsonataArray.CreateSequence();
        if (input is JsonataArray { IsTupleStream: true })
        {
            results.IsTupleStream = true;
        }

        var items = input as JsonataArray ?? JsonataArray.CreateSequence(input);
        if (predicate is LiteralNode { Value: double literal })
        {
            var index = (int)Math.Floor(literal);
            if (index < 0)
            {
                index += items.Count;
            }

            if (index >= 0 && index < items.Count && items[index] is { } item)
            {
                if (item is JsonataArray array)
                {
                    return array;
                }

                results.Add(item);
            }

            return results;
        }

        for (var position = 0; position < items.Count; position++)
        {
            var item = items[position];
            var context = item;
            var frame = environment;
            if (items.IsTupleStream && item is TupleBinding tuple)
            {
                context = tuple.Context;
                frame = tuple.ToFrame(environment);
            }

            var verdict = Evaluate(predicate, context, frame);
            if (JsonataValues.IsNumeric(verdict))
            {
                verdict = JsonataArray.CreateSequence(verdict);
            }

            if (JsonataValues.IsArrayOfNumbers(verdict))
            {
                foreach (var selector in (JsonataArray)verdict!)
                {
                    var selected = (int)Math.Floor((double)selector!);
                    if (selected < 0)
                    {
                        selected += items.Count;
                    }

                    if (selected == position)
                    {
                        results.Add(item);
                    }
                }
            }
            else if (JsonataValues.ToBoolean(verdict) == true)
            {
                results.Add(item);
            }
        }

        return results;
    }
}
