namespace ActivityAware.StateMachine.Tests.Differential;

/// <summary>
/// Every differential case run in moto's Step Functions interpreter matches the case's recorded expectation (AWS
/// behaviour, or moto's documented deviation from it). This keeps the recorded expectations honest: they are what the
/// reference engine does, not what our interpreter happens to do.
/// </summary>
[Collection(DifferentialCollection.Name)]
public sealed class MotoDifferentialTests(DifferentialMoto moto)
{
    public static TheoryData<string> Cases => [.. DifferentialCase.Names()];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Run_OnMoto_MatchesRecordedOutcome(string caseName)
    {
        var testCase = DifferentialCase.Load(caseName);

        var outcome = await moto.RunAsync(testCase, CancellationToken.None);

        OutcomeAssert.Matches(testCase.ExpectedFromMoto(), outcome, "moto", testCase);
    }
}
