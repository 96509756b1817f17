namespace ActivityAware.StateMachine.Tests.Differential;

/// <summary>One state entered: <see cref="Frame"/> is "" at top level, "Map[2]/" inside item 2 of Map, and so on.</summary>
public sealed record StateEntry(string Frame, string StateName)
{
    public string Label => Frame + StateName;
}
