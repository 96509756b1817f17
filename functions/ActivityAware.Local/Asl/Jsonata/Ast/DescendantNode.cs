using ActivityAware.Local.Asl.Jsonata.Evaluation;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary><c>**</c>: the input and every value nested in it, depth first.</summary>
internal sealed class DescendantNode : Node
{
    public DescendantNode(int position)
        : base(position)
    {
    }

    public override object? EvaluateCore(object? input, Frame environment)
    {
        if (input is null)
        {
            return null;
        }

        var results = JsonataArray.CreateSequence();
        Collect(input, results);
        return results.Count == 1 ? results[0] : results;
    }

    private static void Collect(object? value, JsonataArray results)
    {
        if (value is JsonataArray array)
        {
            foreach (var item in array)
            {
                Collect(item, results);
            }

            return;
        }

        results.Add(value);
        if (value is JsonataObject obj)
        {
            foreach (var member in obj.Values)
            {
                Collect(member, results);
            }
        }
    }
}
