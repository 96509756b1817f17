using ActivityAware.Local.Asl.Jsonata.Evaluation;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary><c>[a, b, …]</c>: items that are sequences are spliced in; nested array constructors stay nested.</summary>
internal sealed class ArrayConstructorNode : Node
{
    public ArrayConstructorNode(IReadOnlyList<Node> items, int position)
        : base(position)
    {
        Items = items;
    }

    public IReadOnlyList<Node> Items { get; }

    public override object? EvaluateCore(object? input, Frame environment)
    {
        var result = new JsonataArray();
        foreach (var item in Items)
        {
            var value = Evaluator.Evaluate(item, input, environment);
            if (value is null)
            {
                continue;
            }

            if (item is ArrayConstructorNode || value is not JsonataArray array)
            {
                result.Add(value);
            }
            else
            {
                result.AddRange(array);
            }
        }

        result.IsConstructed = ConsArray;
        return result;
    }
}
