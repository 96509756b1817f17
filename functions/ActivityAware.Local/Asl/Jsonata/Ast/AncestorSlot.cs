namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary>
/// Where a parent operator (<c>%</c>) finds its value: the variable Label bound by the step Level steps back.
/// The parser counts Level down while it walks back through the path; steps that bind the same parent share a label.
/// </summary>
internal sealed class AncestorSlot
{
    public AncestorSlot(string label)
    {
        Label = label;
    }

    public string Label { get; set; }

    public int Level { get; set; } = 1;
}
