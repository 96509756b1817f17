namespace ActivityAware.Local.Asl.Definition;

/// <summary>
/// One entry of a Catch array: matched errors go to <see cref="Next"/> with the error output placed at <see cref="ResultPath"/> (JSONPath)
/// or as what <see cref="Output"/> makes of <c>$states.errorOutput</c> (JSONata; the error output itself without one); its
/// <see cref="Assign"/> (if any) reads the error output and replaces the state's own.
/// </summary>
public sealed record Catcher(IReadOnlyList<string> ErrorEquals, string Next, PathField ResultPath, VariableAssignment? Assign = null)
{
    public JsonataTemplate? Output { get; init; }
}
