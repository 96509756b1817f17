using ActivityAware.Local.Asl.Jsonata.Evaluation;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary>A regex literal <c>/pattern/flags</c>.</summary>
internal sealed class RegexNode : Node
{
    public RegexNode(JsonataRegex regex, int position)
        : base(position)
    {
        Regex = regex;
    }

    public JsonataRegex Regex { get; }

    public override object? EvaluateCore(object? input, Frame environment) => Regex;
}
