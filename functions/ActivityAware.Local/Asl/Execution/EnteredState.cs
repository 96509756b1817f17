using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Asl.Execution;

/// <summary>A state the execution entered. <see cref="Scope"/> is "" at the top level, <c>Map[i]</c> / <c>Parallel.Branches[i]</c> inside.</summary>
public sealed record EnteredState(string Name, StateType Type, string Scope);
