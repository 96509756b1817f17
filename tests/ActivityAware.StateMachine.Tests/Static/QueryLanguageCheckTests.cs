namespace ActivityAware.StateMachine.Tests.Static;

public sealed class QueryLanguageCheckTests
{
    [Fact]
    public void Find_RepositoryDefinition_ReportsNothing()
    {
        var definition = AslDefinition.Load();

        Assert.Empty(QueryLanguageCheck.Find(definition));
        Assert.Equal(QueryLanguageCheck.Expected, definition["QueryLanguage"]!.GetValue<string>());
    }

    [Fact]
    public void Find_QueryLanguageInsideStates_IsReported()
    {
        var definition = AslDefinition.Load();
        definition.Remove("QueryLanguage");
        definition["States"]!["QueryLanguage"] = "JSONPath";

        Assert.Contains("$.States: contains 'QueryLanguage', which AWS reads as a state; set it at the top level.", QueryLanguageCheck.Find(definition));
    }

    [Fact]
    public void Find_QueryLanguageOnAState_IsReported()
    {
        var definition = AslDefinition.Load();
        ErrorNameCheckTests.Delivery(definition, "Send email")["QueryLanguage"] = "JSONata";

        Assert.Contains(QueryLanguageCheck.Find(definition), finding => finding.Contains("States['Send email']: QueryLanguage is set on a state", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_TopLevelJsonata_IsReported()
    {
        var definition = AslDefinition.Load();
        definition["QueryLanguage"] = "JSONata";

        Assert.Contains("$.QueryLanguage is 'JSONata'; the definition and the local interpreter use JSONPath.", QueryLanguageCheck.Find(definition));
    }
}
