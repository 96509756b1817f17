using System.Text.Json.Nodes;

namespace ActivityAware.StateMachine.Tests.Static;

/// <summary>
/// Nothing is lost: each delivery retries only retryable errors and, on its last failure, keeps its input and sends it with
/// the error to the dead-letter queue; input that is no CloudTrail event is dead-lettered too, then the execution fails by name.
/// </summary>
public static class DeadLetterCheck
{
    public const string SendMessage = "arn:aws:states:::sqs:sendMessage";
    public const string QueueUrl = "${DeliveryDeadLetterQueueUrl}";
    public static readonly string[] DeliveryFunctions =
        ["${SendToSlackFunctionArn}", "${SendEmailFunctionArn}", "${SendToPagerDutyFunctionArn}", "${SendToWebhookFunctionArn}"];
    public static readonly string[] RetryableErrors = ["DestinationThrottledException", "DestinationUnavailableException"];
    public static readonly string[] FinalErrors = ["DestinationRejectedException", "DestinationConfigurationException", "States.ALL"];

    public static IReadOnlyList<string> Find(JsonObject definition)
    {
        var findings = new List<string>();
        var states = AslDefinition.States(definition).ToList();
        foreach (var function in DeliveryFunctions)
        {
            var task = states.FirstOrDefault(state => state.IsLambdaInvoke && state.FunctionName == function);
            if (task is null)
                findings.Add($"no delivery task invokes {function}.");
            else
                findings.AddRange(FindInDelivery(task));
        }
        findings.AddRange(FindForUnsupportedEvents(states));
        findings.AddRange(states.Where(state => state.Type == "Fail" && (state.Body["Error"] is null || state.Body["Cause"] is null))
            .Select(state => $"{state.Location}: a Fail state needs an Error and a Cause."));
        return findings;
    }

    private static IEnumerable<string> FindInDelivery(AslState task)
    {
        var retried = task.Retriers.SelectMany(retrier => ErrorNames(retrier).Select(name => (name, retrier))).ToList();
        foreach (var error in RetryableErrors)
        {
            var retrier = retried.FirstOrDefault(entry => entry.name == error).retrier;
            if (retrier is null || retrier["JitterStrategy"]?.ToString() != "FULL" || (retrier["MaxAttempts"]?.GetValue<int>() ?? 3) < 2)
                yield return $"{task.Location}: {error} needs a Retry with backoff, JitterStrategy FULL and MaxAttempts >= 2.";
        }
        foreach (var error in FinalErrors.Where(error => retried.Any(entry => entry.name == error)))
            yield return $"{task.Location}: {error} is retried; a rejected or misconfigured delivery must go straight to the dead letter.";

        var catcher = task.Catchers.FirstOrDefault(c => ErrorNames(c).Contains("States.ALL"));
        if (catcher is null)
        {
            yield return $"{task.Location}: no Catch on States.ALL; a failed delivery would fail the whole execution.";
            yield break;
        }
        foreach (var finding in FindKeptInputSentToQueue(task, catcher))
            yield return finding;
        var sender = task.Sibling(catcher["Next"]?.ToString());
        var report = task.Sibling(sender?.Body["Next"]?.ToString());
        if (report?.Body["Parameters"]?["status"]?.ToString() != "dead-lettered" || report.Body["End"]?.GetValue<bool>() != true)
            yield return $"{task.Location}: after the dead letter the branch must end with status 'dead-lettered'.";
    }

    private static IEnumerable<string> FindForUnsupportedEvents(List<AslState> states)
    {
        var normalize = states.FirstOrDefault(state => state.IsLambdaInvoke && state.FunctionName == "${NormalizeFunctionArn}");
        var catcher = normalize?.Catchers.FirstOrDefault(c => ErrorNames(c).Contains("UnsupportedEventShapeException"));
        if (normalize is null || catcher is null)
        {
            yield return "the task invoking ${NormalizeFunctionArn} needs a Catch on UnsupportedEventShapeException.";
            yield break;
        }
        foreach (var finding in FindKeptInputSentToQueue(normalize, catcher))
            yield return finding;
        var end = normalize.Sibling(normalize.Sibling(catcher["Next"]?.ToString())?.Body["Next"]?.ToString());
        if (end?.Type != "Fail")
            yield return $"{normalize.Location}: after dead-lettering an unsupported event the execution must end in a Fail state with a named Error.";
    }

    private static IEnumerable<string> FindKeptInputSentToQueue(AslState task, JsonObject catcher)
    {
        var resultPath = catcher["ResultPath"];
        if (resultPath is null || resultPath.ToString() == "$" || !resultPath.ToString().StartsWith("$.", StringComparison.Ordinal))
            yield return $"{task.Location}: the Catch must keep the input (ResultPath '$.error'-like), not replace it.";
        var sender = task.Sibling(catcher["Next"]?.ToString());
        if (sender?.Resource != SendMessage
            || sender.Body["Parameters"]?["QueueUrl"]?.ToString() != QueueUrl
            || sender.Body["Parameters"]?["MessageBody.$"]?.ToString() != "$")
            yield return $"{task.Location}: the Catch must lead to an {SendMessage} task sending the whole input ('MessageBody.$': '$') to {QueueUrl}.";
        else if (!sender.Body.ContainsKey("ResultPath") || sender.Body["ResultPath"] is not null)
            yield return $"{sender.Location}: must keep its input (ResultPath null) so the next state still sees the item and the error.";
    }

    private static IEnumerable<string> ErrorNames(JsonObject handler) =>
        (handler["ErrorEquals"] as JsonArray ?? []).Select(name => name?.ToString()).OfType<string>();
}
