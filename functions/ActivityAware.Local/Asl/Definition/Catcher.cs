namespace ActivityAware.Local.Asl.Definition;

/// <summary>One entry of a Catch array: matched errors go to <see cref="Next"/> with the error output placed at <see cref="ResultPath"/>.</summary>
public sealed record Catcher(IReadOnlyList<string> ErrorEquals, string Next, PathField ResultPath);
