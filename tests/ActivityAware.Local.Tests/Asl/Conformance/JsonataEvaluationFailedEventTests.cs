namespace ActivityAware.Local.Tests.Asl.Conformance;

/// <summary>
/// The EvaluationFailed history event: Step Functions records one when a JSONata expression of a state fails (API reference, HistoryEvent
/// evaluationFailedEventDetails: error, cause, location of the field, state; "only present in state machines that have QueryLanguage set to
/// JSONata, or individual states set to JSONata"), before the state fails. Its cause here is the evaluation's own, without the "An error
/// occurred while executing the state" prefix the state's failure adds (not recorded in a snapshot we have).
/// </summary>
public class JsonataEvaluationFailedEventTests
{
    [Fact]
    public async Task FailedOutput_RecordsEvaluationFailed_BeforeTheExecutionFails()
    {
        var result = await new AslHarness().Run("""
            {"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{"Type":"Pass","Output":{"v":"{% $states.input.missing %}"},"End":true}}}
            """);
        Assert.Equal(["ExecutionStarted", "PassStateEntered", "EvaluationFailed", "ExecutionFailed"], result.Events.Select(e => e.Type));
        var failed = result.Events[2];
        Assert.Equal(("P", "States.QueryEvaluationError", "Output/v"), (failed.StateName, failed.Error, failed.Location));
        Assert.Equal("The JSONata expression '$states.input.missing' specified for the field 'Output/v' returned nothing (undefined).", failed.Cause);
        var json = failed.ToJson();
        Assert.Equal("Output/v", json["location"]!.GetValue<string>());
    }

    [Fact]
    public async Task EachFailedAttempt_IsRecorded_AlsoWhenRetriedAndCaught()
    {
        var result = await new AslHarness().Function("f", p => p).Run("""
            {"QueryLanguage":"JSONata","StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","Arguments":{"n":"{% $number('x') %}"},
                "Retry":[{"ErrorEquals":["States.QueryEvaluationError"],"MaxAttempts":1}],
                "Catch":[{"ErrorEquals":["States.ALL"],"Next":"S"}],"End":true},
              "S":{"Type":"Succeed"}}}
            """);
        Assert.True(result.Succeeded, $"{result.Error}: {result.Cause}");
        var failures = result.Events.Where(e => e.Type == "EvaluationFailed").ToList();
        Assert.Equal(2, failures.Count);
        Assert.All(failures, e => Assert.Equal(("T", "Arguments/n"), (e.StateName, e.Location)));
    }

    [Fact]
    public async Task FailureInABranch_IsRecordedOnce_ByTheStateThatEvaluated()
    {
        var result = await new AslHarness().Run("""
            {"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{"Type":"Parallel",
              "Branches":[{"StartAt":"A","States":{"A":{"Type":"Pass","Output":"{% $states.input.x %}","End":true}}}],"End":true}}}
            """);
        var failure = Assert.Single(result.Events, e => e.Type == "EvaluationFailed");
        Assert.Equal(("A", "Output"), (failure.StateName, failure.Location));
    }

    [Fact]
    public async Task WrongResultType_IsAnEvaluationFailure_OfItsField()
    {
        var result = await new AslHarness().Run("""
            {"QueryLanguage":"JSONata","StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Condition":"{% 'yes' %}","Next":"S"}]},"S":{"Type":"Succeed"}}}
            """);
        var failure = Assert.Single(result.Events, e => e.Type == "EvaluationFailed");
        Assert.Equal(("C", "Choices[0]/Condition"), (failure.StateName, failure.Location));
    }

    [Fact]
    public async Task JsonPathFailure_RecordsNoEvaluationFailed()
    {
        var result = await new AslHarness().Run("""{"StartAt":"P","States":{"P":{"Type":"Pass","InputPath":"$.missing","End":true}}}""");
        Assert.False(result.Succeeded);
        Assert.DoesNotContain(result.Events, e => e.Type == "EvaluationFailed");
    }
}
