namespace ActivityAware.Functions.Tests.Support;

/// <summary>Tests that change process environment variables run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "process environment";
}
