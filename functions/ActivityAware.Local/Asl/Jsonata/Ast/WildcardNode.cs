using ActivityAware.Local.Asl.Jsonata.Evaluation;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary><c>*</c>: the values of every member of the input object, arrays flattened.</summary>
internal sealed class WildcardNode : Node
{
    public WildcardNode(int position)
        : base(position)
    {
    }

    public override object? EvaluateCore(object? input, Frame environment)
    {
        var results = JsonataArray.CreateSequence();
        if (input is JsonataArray { OuterWrapper: true, Count: > 0 } wrapper)
        {
            input = wrapper[0];
        }

        IEnumerable<object?> members = input switch
        {
            JsonataObject obj => obj.Values,
            JsonataArray array => array,
            _ => [],
        };
        foreach (var value in members)
        {
            if (value is JsonataArray)
            {
                JsonataValues.Flatten(value, results);
            }
            else
            {
                results.Add(value);
            }
        }

        return results;
    }
}
