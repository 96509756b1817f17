namespace ActivityAware.Testing.Rules;

/// <summary>
/// A valid user rule that is not in the default pack, as a rule file's name and text. Its event (a successful read) is one the
/// default pack's pushdown does not admit, so adding the rule must change the pushdown.
/// </summary>
public static class SampleUserRule
{
    public const string Id = "Team.SecretsManager.SecretValueRead";
    public const string FileName = Id + ".yaml";

    /// <summary>The rule file; <c>severity</c> is on line 3.</summary>
    public const string Yaml = """
        id: Team.SecretsManager.SecretValueRead
        title: Secret value read
        severity: low
        category: data-exfiltration
        description: Our production secrets are read only by the deploy role; anyone else reading one is worth a look.
        runbook: Check who read which secret and whether that principal should have.
        match:
          eventSource: [secretsmanager.amazonaws.com]
          eventName: [GetSecretValue]
        examples:
          match:
            - {eventSource: secretsmanager.amazonaws.com, eventName: GetSecretValue}
          no-match:
            - {eventSource: secretsmanager.amazonaws.com, eventName: ListSecrets}
        """;
}
