namespace ActivityAware.StateMachine.Tests.Differential;

/// <summary>
/// Each named case (tests/fixtures/differential/cases) runs in moto's Step Functions interpreter and in ours with the same
/// definition, input and mocked task results. Both must match the recorded expectation: AWS behaviour for ours, and for
/// moto the same unless the case documents where moto differs from AWS. Without such a deviation the two outcomes must
/// also equal each other: status, output, error, cause, states entered (Map iterations compared per iteration) and the
/// input each state was entered with.
/// </summary>
[Collection(DifferentialCollection.Name)]
public sealed class DifferentialTests(DifferentialMoto moto)
{
    public static TheoryData<string> Cases => [.. DifferentialCase.Names()];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Run_OnMotoAndLocalInterpreter_SameOutcomeAsRecorded(string caseName)
    {
        var testCase = DifferentialCase.Load(caseName);

        var fromMoto = await moto.RunAsync(testCase, CancellationToken.None);
        var fromLocal = await LocalInterpreterRunner.RunAsync(testCase, CancellationToken.None);

        OutcomeAssert.Matches(testCase.ExpectedFromMoto(), fromMoto, "moto", testCase);
        OutcomeAssert.Matches(testCase.Expected, fromLocal, "local interpreter", testCase);
        if (testCase.MotoDeviation is null)
        {
            var motoAsExpectation = fromMoto.ToJson();
            motoAsExpectation["causeNotCompared"] = testCase.Expected["causeNotCompared"]?.DeepClone();
            OutcomeAssert.Matches(motoAsExpectation, fromLocal, "local interpreter vs moto", testCase);
            OutcomeAssert.SameStateInputs(fromMoto, fromLocal, testCase);
        }
    }

    [Fact]
    public void Cases_AtLeastTwelveNamedCases_EachWithExpectation()
    {
        var cases = DifferentialCase.Names().Select(DifferentialCase.Load).ToList();

        Assert.True(cases.Count >= 12, $"only {cases.Count} differential cases");
        Assert.All(cases, c => Assert.NotNull(c.Expected["status"]));
    }
}
