using System.Text.Json.Nodes;

namespace ActivityAware.StateMachine.Tests.Static;

/// <summary>Every lambda:invoke task carries the shared Retry block for transient Lambda service errors.</summary>
public static class LambdaRetryCheck
{
    public static readonly IReadOnlySet<string> SharedErrors = new HashSet<string>
    {
        "Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
    };

    public static IReadOnlyList<string> Find(JsonObject definition)
    {
        var tasks = AslDefinition.States(definition).Where(state => state.IsLambdaInvoke).ToList();
        if (tasks.Count == 0)
            return ["no lambda:invoke task found; the definition cannot be the workflow."];
        return tasks.Where(task => !task.Retriers.Any(IsSharedBlock))
            .Select(task => $"{task.Location}: lacks the shared Retry block (ErrorEquals {string.Join(", ", SharedErrors.Order())}; "
                + "IntervalSeconds 1, BackoffRate 2, MaxAttempts 3, JitterStrategy FULL).")
            .ToList();
    }

    private static bool IsSharedBlock(JsonObject retrier)
    {
        var names = (retrier["ErrorEquals"] as JsonArray ?? []).Select(name => name?.ToString()).OfType<string>().ToHashSet();
        return names.SetEquals(SharedErrors)
            && retrier["IntervalSeconds"]?.GetValue<int>() == 1
            && retrier["BackoffRate"]?.GetValue<double>() == 2
            && retrier["MaxAttempts"]?.GetValue<int>() == 3
            && retrier["JitterStrategy"]?.ToString() == "FULL";
    }
}
