using System.Text.RegularExpressions;

namespace ActivityAware.StateMachine.Tests.Differential;

/// <summary>
/// moto does not apply DefinitionSubstitutions, so both engines get the definition with every ${X} replaced textually:
/// ${&lt;LogicalId&gt;Arn} by a Lambda function ARN named after the logical id, ${&lt;LogicalId&gt;Url} by an SQS queue URL.
/// Task results come from the mock config, so these resources need not exist.
/// </summary>
public static partial class DefinitionSubstitutions
{
    private const string Account = "123456789012";
    private const string Region = "us-east-1";

    public static IReadOnlyDictionary<string, string> For(string definition) =>
        Placeholder().Matches(definition).Select(m => m.Groups[1].Value).Distinct().ToDictionary(name => name, ValueFor);

    public static string Apply(string definition) =>
        Placeholder().Replace(definition, m => ValueFor(m.Groups[1].Value));

    private static string ValueFor(string name) => name switch
    {
        _ when name.EndsWith("FunctionArn", StringComparison.Ordinal) =>
            $"arn:aws:lambda:{Region}:{Account}:function:{name[..^"Arn".Length]}",
        _ when name.EndsWith("QueueUrl", StringComparison.Ordinal) =>
            $"https://sqs.{Region}.amazonaws.com/{Account}/{name[..^"Url".Length]}",
        _ => throw new InvalidDataException($"definition placeholder ${{{name}}}: no test value; expected a name ending in FunctionArn or QueueUrl"),
    };

    [GeneratedRegex(@"\$\{([A-Za-z0-9]+)\}")]
    private static partial Regex Placeholder();
}
