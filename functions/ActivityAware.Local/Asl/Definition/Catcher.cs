namespace ActivityAware.Local.Asl.Definition;

/// <summary>
/// One entry of a Catch array: matched errors go to <see cref="Next"/> with the error output placed at <see cref="ResultPath"/>; its
/// <see cref="Assign"/> (if any) reads the error output as <c>$</c> and replaces the state's own.
/// </summary>
public sealed record Catcher(IReadOnlyList<string> ErrorEquals, string Next, PathField ResultPath, VariableAssignment? Assign = null);
