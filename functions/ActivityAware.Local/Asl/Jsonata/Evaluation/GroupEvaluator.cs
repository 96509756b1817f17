using ActivityAware.Local.Asl.Jsonata.Ast;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Evaluation;

/// <summary>
/// Object constructors and group-by: each input item is filed under the key its key expression gives; then each
/// group's value expression runs with the group's items as context.
/// </summary>
internal static class GroupEvaluator
{
    public static JsonataObject Evaluate(GroupClause clause, object? input, Frame environment)
    {
        var isTupleStream = input is JsonataArray { IsTupleStream: true };
        var items = input as JsonataArray ?? JsonataArray.CreateSequence(input);
        if (items.Count == 0)
        {
            items = JsonataArray.CreateSequence(null);
        }

        var groups = new OrderedDictionary<string, Group>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var tuple = isTupleStream ? item as TupleBinding : null;
            var frame = tuple is null ? environment : tuple.ToFrame(environment);
            for (var pairIndex = 0; pairIndex < clause.Pairs.Count; pairIndex++)
            {
                var key = Evaluator.Evaluate(clause.Pairs[pairIndex].Key, tuple is null ? item : tuple.Context, frame);
                if (key is null)
                {
                    continue;
                }

                if (key is not string name)
                {
                    throw JsonataErrors.Create("T1003", clause.Position, value: key);
                }

                if (groups.TryGetValue(name, out var group))
                {
                    if (group.PairIndex != pairIndex)
                    {
                        throw JsonataErrors.Create("D1009", clause.Position, value: name);
                    }

                    group.Append(item);
                }
                else
                {
                    groups[name] = new Group(item, pairIndex);
                }
            }
        }

        var result = new JsonataObject();
        foreach (var (key, group) in groups)
        {
            var context = group.Data;
            var frame = environment;
            if (isTupleStream)
            {
                var merged = MergeTuples(group.Data);
                context = merged.Context;
                merged.Remove(TupleBinding.ContextKey);
                frame = merged.ToFrame(environment);
            }

            var value = Evaluator.Evaluate(clause.Pairs[group.PairIndex].Value, context, frame);
            if (value is not null)
            {
                result[key] = value;
            }
        }

        return result;
    }

    /// <summary>The items filed under one key: the first item alone, or from the second on an array they are appended to in place.</summary>
    private sealed class Group
    {
        private JsonataArray? collected;

        public Group(object? first, int pairIndex)
        {
            Data = first;
            PairIndex = pairIndex;
        }

        public object? Data { get; private set; }

        public int PairIndex { get; }

        /// <summary>As jsonata-js's fn.append(data, item), without copying the items gathered so far.</summary>
        public void Append(object? item)
        {
            if (item is null)
            {
                return;
            }

            if (collected is null)
            {
                if (Data is null)
                {
                    Data = item;
                    return;
                }

                collected = [];
                AddTo(collected, Data);
                Data = collected;
            }

            AddTo(collected, item);
        }

        private static void AddTo(JsonataArray array, object? value)
        {
            if (value is JsonataArray items)
            {
                array.AddRange(items);
            }
            else
            {
                array.Add(value);
            }
        }
    }

    /// <summary>The tuples of one group as one tuple whose bindings are the sequences of the members' bindings.</summary>
    private static TupleBinding MergeTuples(object? data)
    {
        if (data is TupleBinding single)
        {
            return new TupleBinding(single);
        }

        var tuples = ((JsonataArray)data!).OfType<TupleBinding>().ToList();
        var merged = new TupleBinding(tuples[0]);
        foreach (var tuple in tuples.Skip(1))
        {
            foreach (var (name, value) in tuple)
            {
                merged[name] = JsonataValues.Append(merged.GetValueOrDefault(name), value);
            }
        }

        return merged;
    }
}
