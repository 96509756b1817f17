using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Asl.Tasks;

/// <summary>Runs a Task's resource with its effective parameters, shaping results and errors as the AWS integrations do.</summary>
internal sealed class TaskResourceInvoker(ILambdaInvoker? lambda, ISqsSink? sqs)
{
    /// <summary>Why the state cannot run with these bindings (null when it can); checked when the interpreter is built.</summary>
    public string? WhyNotRunnable(StateDefinition state)
    {
        var resource = state.Resource!;
        if (resource == TaskResources.LambdaInvoke)
            return lambda is null ? "lambda:invoke needs Lambda functions bound (InterpreterBindings.Lambda) or a mock for this state" : null;
        if (TaskResources.IsLambdaFunctionArn(resource))
        {
            if (lambda is null || !lambda.CanInvoke(resource))
                return $"no in-process function is bound to '{LambdaFunctionRegistry.FunctionName(resource)}' and no mock covers this state";
            return null;
        }
        if (resource == TaskResources.SqsSendMessage)
            return sqs is null ? "sqs:sendMessage needs a local SQS sink (InterpreterBindings.Sqs) or a mock for this state" : null;
        return $"resource '{resource}' is not supported by the local interpreter (supported: {TaskResources.LambdaInvoke}, "
            + $"arn:aws:lambda:…:function:NAME, {TaskResources.SqsSendMessage}); mock this state to run it";
    }

    /// <summary>The wrapper lambda:invoke puts around the function's response, less the response itself.</summary>
    private static readonly int InvokeWrapperBytes =
        AslJson.SizeInBytes(new JsonObject { ["ExecutedVersion"] = "$LATEST", ["Payload"] = null, ["StatusCode"] = 200 }) - "null".Length;

    /// <summary>The resource's result and, when known, what its compact JSON cannot exceed in bytes.</summary>
    public async Task<LambdaResponse> InvokeAsync(string resource, JsonNode? parameters, CancellationToken cancellationToken)
    {
        if (resource == TaskResources.LambdaInvoke)
        {
            var function = AslJson.TryGetString((parameters as JsonObject)?["FunctionName"], out var name)
                ? name
                : throw new StatesErrorException(StatesErrorNames.Runtime, "lambda:invoke requires Parameters.FunctionName to be a string");
            // The effective parameters are the task's own copy, used for nothing after the call: the payload is taken out, not copied.
            var payload = parameters is JsonObject p && p.TryGetPropertyValue("Payload", out var given) && p.Remove("Payload") ? given : new JsonObject();
            var output = await CallFunction(function, payload, cancellationToken);
            return new LambdaResponse(
                new JsonObject { ["ExecutedVersion"] = "$LATEST", ["Payload"] = output.Payload, ["StatusCode"] = 200 },
                output.SizeBound + InvokeWrapperBytes);
        }
        if (TaskResources.IsLambdaFunctionArn(resource))
            return await CallFunction(resource, parameters, cancellationToken);
        if (resource == TaskResources.SqsSendMessage)
            return new LambdaResponse(await SendMessage(parameters, cancellationToken));
        throw new StatesErrorException(StatesErrorNames.Runtime, $"resource '{resource}' is not supported by the local interpreter");
    }

    private async Task<LambdaResponse> CallFunction(string function, JsonNode? payload, CancellationToken cancellationToken)
    {
        if (lambda is null)
            throw new StatesErrorException("Lambda.ResourceNotFoundException", $"Function not found: {function}");
        try
        {
            return await lambda.InvokeSizedAsync(function, payload, cancellationToken);
        }
        catch (StatesErrorException)
        {
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            throw FunctionError(e);
        }
    }

    /// <summary>What the .NET Lambda runtime reports for an unhandled exception: errorType is the class name.</summary>
    public static StatesErrorException FunctionError(Exception e)
    {
        var type = e.GetType().Name;
        var stack = (e.StackTrace ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var cause = new JsonObject
        {
            ["errorType"] = type,
            ["errorMessage"] = e.Message,
            ["stackTrace"] = new JsonArray(stack.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
        };
        return new StatesErrorException(type, AslJson.Serialize(cause), e);
    }

    private async Task<JsonNode?> SendMessage(JsonNode? parameters, CancellationToken cancellationToken)
    {
        var p = parameters as JsonObject;
        if (!AslJson.TryGetString(p?["QueueUrl"], out var queueUrl))
            throw new StatesErrorException(StatesErrorNames.Runtime, "sqs:sendMessage requires Parameters.QueueUrl to be a string");
        if (p is null || !p.ContainsKey("MessageBody"))
            throw new StatesErrorException(StatesErrorNames.Runtime, "sqs:sendMessage requires Parameters.MessageBody");
        var body = AslJson.TryGetString(p["MessageBody"], out var text) ? text : AslJson.Serialize(p["MessageBody"]);
        var id = await sqs!.SendMessageAsync(queueUrl, body, cancellationToken);
        return new JsonObject
        {
            ["MD5OfMessageBody"] = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(body))),
            ["MessageId"] = id,
        };
    }
}
