using System.Text.RegularExpressions;

namespace ActivityAware.Local.Workflow;

/// <summary>
/// Binds the definition's <c>${…}</c> placeholders as SAM would, to local names: <c>${XFunctionArn}</c> → the ARN of function X
/// (which the in-process registry resolves by name), <c>${…QueueUrl}</c> → a local queue URL. Any other placeholder is an error.
/// </summary>
public static partial class LocalSubstitutions
{
    public const string Region = "us-east-1";
    public const string AccountId = "123456789012";

    public static IReadOnlyDictionary<string, string> For(string definitionJson)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Placeholder().Matches(definitionJson))
        {
            var key = match.Groups[1].Value;
            values[key] = key switch
            {
                _ when key.EndsWith("FunctionArn", StringComparison.Ordinal) =>
                    $"arn:aws:lambda:{Region}:{AccountId}:function:{key[..^"Arn".Length]}",
                _ when key.EndsWith("QueueUrl", StringComparison.Ordinal) =>
                    $"https://sqs.{Region}.amazonaws.com/{AccountId}/{key[..^"Url".Length]}",
                _ => throw new InvalidOperationException(
                    $"the state machine definition uses ${{{key}}}, which the local runner cannot bind; expected ${{<Name>FunctionArn}} or ${{<Name>QueueUrl}}"),
            };
        }
        return values;
    }

    [GeneratedRegex(@"\$\{([A-Za-z0-9]+)\}")]
    private static partial Regex Placeholder();
}
