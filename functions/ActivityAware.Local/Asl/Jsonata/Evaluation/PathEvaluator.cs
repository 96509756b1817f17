using ActivityAware.Local.Asl.Jsonata.Ast;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Evaluation;

/// <summary>
/// Location paths as jsonata-js evaluates them: each step maps over the previous step's sequence and the results
/// are flattened; from the first step that binds a focus, index or parent variable on, the path carries a tuple stream.
/// </summary>
internal static class PathEvaluator
{
    public static object? Evaluate(PathNode path, object? input, Frame environment)
    {
        // A path starting with a variable ($, $$, $x) is absolute: it does not map over an input array.
        var inputSequence = input is JsonataArray array && path.Steps[0] is not VariableNode
            ? array
            : JsonataArray.CreateSequence(input);

        JsonataArray? resultSequence = null;
        List<TupleBinding>? tupleBindings = null;
        var isTupleStream = false;
        for (var i = 0; i < path.Steps.Count; i++)
        {
            var step = path.Steps[i];
            if (step.Tuple)
            {
                isTupleStream = true;
            }

            if (i == 0 && step.ConsArray)
            {
                // jsonata-js iterates the constructed value by index: a predicate or group-by that unwrapped it to a single
                // value leaves the next step nothing to map over.
                resultSequence = Evaluator.Evaluate(step, inputSequence, environment) as JsonataArray ?? JsonataArray.CreateSequence();
            }
            else if (isTupleStream)
            {
                tupleBindings = EvaluateTupleStep(step, inputSequence, tupleBindings, environment);
            }
            else
            {
                resultSequence = EvaluateStep(step, inputSequence, environment, i == path.Steps.Count - 1);
            }

            if (!isTupleStream && (resultSequence is null || resultSequence.Count == 0))
            {
                break;
            }

            if (step.Focus is null && resultSequence is not null)
            {
                inputSequence = resultSequence;
            }
        }

        if (isTupleStream)
        {
            if (path.Tuple)
            {
                resultSequence = TupleStream(tupleBindings ?? []);
            }
            else
            {
                resultSequence = JsonataArray.CreateSequence();
                foreach (var tuple in tupleBindings ?? [])
                {
                    resultSequence.Add(tuple.Context);
                }
            }
        }

        if (path.KeepSingletonArray && resultSequence is not null)
        {
            if (resultSequence is { IsConstructed: true, IsSequence: false })
            {
                resultSequence = JsonataArray.CreateSequence(resultSequence);
            }

            resultSequence.KeepSingleton = true;
        }

        if (path.Group is not null)
        {
            return GroupEvaluator.Evaluate(path.Group, isTupleStream ? TupleStream(tupleBindings ?? []) : resultSequence, environment);
        }

        return resultSequence;
    }

    private static JsonataArray? AsArray(object? value) => value switch
    {
        null => null,
        JsonataArray array => array,
        _ => JsonataArray.CreateSequence(value),
    };

    private static JsonataArray TupleStream(IEnumerable<TupleBinding> tuples)
    {
        var stream = JsonataArray.CreateSequence();
        stream.IsTupleStream = true;
        stream.AddRange(tuples);
        return stream;
    }

    private static JsonataArray EvaluateStep(Node step, JsonataArray input, Frame environment, bool lastStep)
    {
        if (step is SortNode sort)
        {
            var sorted = SortEvaluator.Sort(sort, input, environment);
            return step.Stages is null ? sorted : AsArray(ApplyStages(step.Stages, sorted, environment)) ?? JsonataArray.CreateSequence();
        }

        var results = new List<object?>(input.Count);
        foreach (var item in input)
        {
            var result = Evaluator.Evaluate(step, item, environment);
            if (step.Stages is not null)
            {
                foreach (var stage in step.Stages)
                {
                    if (stage.Filter is not null)
                    {
                        result = Evaluator.Filter(stage.Filter, result, environment);
                    }
                }
            }

            if (result is not null)
            {
                results.Add(result);
            }
        }

        if (lastStep && results is [JsonataArray { IsSequence: false } only])
        {
            return only;
        }

        var flattened = JsonataArray.CreateSequence();
        foreach (var result in results)
        {
            if (result is JsonataArray array && !array.IsConstructed)
            {
                flattened.AddRange(array);
            }
            else
            {
                flattened.Add(result);
            }
        }

        return flattened;
    }

    private static object? ApplyStages(IReadOnlyList<Stage> stages, object? input, Frame environment)
    {
        var result = input;
        foreach (var stage in stages)
        {
            if (stage.Filter is not null)
            {
                result = Evaluator.Filter(stage.Filter, result, environment);
            }
            else if (result is JsonataArray tuples)
            {
                for (var i = 0; i < tuples.Count; i++)
                {
                    if (tuples[i] is TupleBinding tuple)
                    {
                        tuple[stage.IndexVariable!] = (double)i;
                    }
                }
            }
        }

        return result;
    }

    private static List<TupleBinding> EvaluateTupleStep(Node step, JsonataArray input, List<TupleBinding>? tupleBindings, Frame environment)
    {
        if (step is SortNode sort)
        {
            JsonataArray sortedStream;
            if (tupleBindings is not null)
            {
                sortedStream = SortEvaluator.Sort(sort, TupleStream(tupleBindings), environment);
            }
            else
            {
                var sorted = SortEvaluator.Sort(sort, input, environment);
                sortedStream = TupleStream([]);
                for (var i = 0; i < sorted.Count; i++)
                {
                    var tuple = new TupleBinding { Context = sorted[i] };
                    if (step.IndexVariable is not null)
                    {
                        tuple[step.IndexVariable] = (double)i;
                    }

                    sortedStream.Add(tuple);
                }
            }

            return ToTuples(step.Stages is null ? sortedStream : ApplyStages(step.Stages, sortedStream, environment));
        }

        tupleBindings ??= input.Select(item => new TupleBinding { Context = item }).ToList();
        var stream = TupleStream([]);
        foreach (var binding in tupleBindings)
        {
            var stepEnvironment = binding.ToFrame(environment);
            var result = Evaluator.Evaluate(step, binding.Context, stepEnvironment);
            if (result is null)
            {
                continue;
            }

            var results = result as JsonataArray ?? [result];
            for (var b = 0; b < results.Count; b++)
            {
                var tuple = new TupleBinding(binding);
                if (results.IsTupleStream && results[b] is TupleBinding inner)
                {
                    foreach (var (name, value) in inner)
                    {
                        tuple[name] = value;
                    }
                }
                else
                {
                    if (step.Focus is not null)
                    {
                        tuple[step.Focus] = results[b];
                        tuple.Context = binding.Context;
                    }
                    else
                    {
                        tuple.Context = results[b];
                    }

                    if (step.IndexVariable is not null)
                    {
                        tuple[step.IndexVariable] = (double)b;
                    }

                    if (step.Ancestor is not null)
                    {
                        tuple[step.Ancestor.Label] = binding.Context;
                    }
                }

                stream.Add(tuple);
            }
        }

        return ToTuples(step.Stages is null ? stream : ApplyStages(step.Stages, stream, environment));
    }

    private static List<TupleBinding> ToTuples(object? stream) =>
        stream is JsonataArray array ? array.OfType<TupleBinding>().ToList() : [];
}
