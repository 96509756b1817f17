namespace ActivityAware.Testing.Rules;

/// <summary>A valid user rule that is not in the default pack, as a rule file's name and text.</summary>
public static class SampleUserRule
{
    public const string Id = "Team.Ssm.ParameterDeleted";
    public const string FileName = Id + ".yaml";

    /// <summary>The rule file; <c>severity</c> is on line 3.</summary>
    public const string Yaml = """
        id: Team.Ssm.ParameterDeleted
        title: SSM parameter deleted
        severity: low
        category: other
        description: A parameter other services depend on was deleted.
        runbook: Check who deleted it and whether it was in use.
        match:
          eventSource: [ssm.amazonaws.com]
          eventName: [DeleteParameter]
        examples:
          match:
            - {eventSource: ssm.amazonaws.com, eventName: DeleteParameter}
          no-match:
            - {eventSource: ssm.amazonaws.com, eventName: GetParameter}
        """;
}
