namespace ActivityAware.StateMachine.Tests.Differential;

/// <summary>Starts one <see cref="DifferentialMoto"/> for every differential test class.</summary>
[CollectionDefinition(Name)]
public sealed class DifferentialCollection : ICollectionFixture<DifferentialMoto>
{
    public const string Name = "Differential (moto Step Functions interpreter)";
}
