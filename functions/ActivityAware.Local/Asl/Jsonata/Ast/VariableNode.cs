using ActivityAware.Local.Asl.Jsonata.Evaluation;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary><c>$name</c>; <c>$</c> alone is the context item and <c>$$</c> the root input.</summary>
internal sealed class VariableNode : Node
{
    public VariableNode(string name, int position)
        : base(position)
    {
        Name = name;
    }

    public string Name { get; }

    public override object? EvaluateCore(object? input, Frame environment)
    {
        if (Name.Length == 0)
        {
            return input is JsonataArray { OuterWrapper: true } wrapper ? wrapper[0] : input;
        }

        return environment.Lookup(Name);
    }
}
