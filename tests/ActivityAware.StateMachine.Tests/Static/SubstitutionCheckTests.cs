using ActivityAware.Testing;

namespace ActivityAware.StateMachine.Tests.Static;

public sealed class SubstitutionCheckTests
{
    private static readonly IReadOnlySet<string> TemplateKeys = TemplateSubstitutionKeys.Read(RepositoryRoot.Combine("template.yaml"));

    [Fact]
    public void Find_RepositoryDefinitionAndTemplate_ReportsNothing()
    {
        Assert.Empty(SubstitutionCheck.Find(File.ReadAllText(AslDefinition.RepositoryPath), TemplateKeys));
        Assert.Equal(9, TemplateKeys.Count);
    }

    [Fact]
    public void Find_PlaceholderWithoutSubstitution_IsReported()
    {
        var definition = File.ReadAllText(AslDefinition.RepositoryPath)
            .Replace("${EnrichFunctionArn}", "${EnrichPrincipalFunctionArn}", StringComparison.Ordinal);

        var findings = SubstitutionCheck.Find(definition, TemplateKeys);

        Assert.Contains("${EnrichPrincipalFunctionArn} is in the definition but has no DefinitionSubstitutions entry; it would reach AWS literally.", findings);
        Assert.Contains("DefinitionSubstitutions.EnrichFunctionArn is not used by the definition; remove it or use it.", findings);
    }

    [Fact]
    public void Read_TemplateWithExtraSubstitution_ReturnsIt()
    {
        using var scratch = new ScratchDirectory();
        var template = File.ReadAllText(RepositoryRoot.Combine("template.yaml")).Replace(
            "        DeliveryDeadLetterQueueUrl: !Ref DeliveryDeadLetterQueue\n",
            "        DeliveryDeadLetterQueueUrl: !Ref DeliveryDeadLetterQueue\n        UnusedQueueUrl: !Ref EventDeadLetterQueue\n",
            StringComparison.Ordinal);

        var keys = TemplateSubstitutionKeys.Read(scratch.Write("template.yaml", template));

        Assert.Contains("DefinitionSubstitutions.UnusedQueueUrl is not used by the definition; remove it or use it.",
            SubstitutionCheck.Find(File.ReadAllText(AslDefinition.RepositoryPath), keys));
    }
}
