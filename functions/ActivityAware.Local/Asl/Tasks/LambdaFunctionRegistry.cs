using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Tasks;

/// <summary>
/// The in-process functions an execution may call, keyed by function name. A name, <c>function:NAME</c>,
/// <c>arn:aws:lambda:REGION:ACCOUNT:function:NAME</c> and any <c>:QUALIFIER</c> suffix all resolve to NAME.
/// </summary>
public sealed class LambdaFunctionRegistry : ILambdaInvoker
{
    private readonly Dictionary<string, Func<JsonNode?, CancellationToken, Task<LambdaResponse>>> _functions = new(StringComparer.Ordinal);

    /// <summary>Binds a function; <paramref name="functionNameOrArn"/> may be a name or an ARN (its name part is the key).</summary>
    public LambdaFunctionRegistry Register(string functionNameOrArn, Func<JsonNode?, CancellationToken, Task<JsonNode?>> function) =>
        Register(functionNameOrArn, async (JsonNode? payload, CancellationToken cancellationToken) => new LambdaResponse(await function(payload, cancellationToken)));

    /// <summary>Binds a function that also says what its response's compact JSON cannot exceed (see <see cref="LambdaResponse"/>).</summary>
    public LambdaFunctionRegistry Register(string functionNameOrArn, Func<JsonNode?, CancellationToken, Task<LambdaResponse>> function)
    {
        _functions[FunctionName(functionNameOrArn)] = function;
        return this;
    }

    public bool CanInvoke(string functionNameOrArn) => _functions.ContainsKey(FunctionName(functionNameOrArn));

    public async Task<JsonNode?> InvokeAsync(string functionNameOrArn, JsonNode? payload, CancellationToken cancellationToken) =>
        (await InvokeSizedAsync(functionNameOrArn, payload, cancellationToken)).Payload;

    public Task<LambdaResponse> InvokeSizedAsync(string functionNameOrArn, JsonNode? payload, CancellationToken cancellationToken)
    {
        if (!_functions.TryGetValue(FunctionName(functionNameOrArn), out var function))
            throw new StatesErrorException("Lambda.ResourceNotFoundException",
                $"Function not found: {functionNameOrArn} (no in-process function is bound to this name)");
        return function(payload, cancellationToken);
    }

    /// <summary>The bare function name of a name or ARN: <c>arn:aws:lambda:us-east-1:1:function:f:live</c> → <c>f</c>.</summary>
    public static string FunctionName(string functionNameOrArn)
    {
        var parts = functionNameOrArn.Split(':');
        var at = Array.IndexOf(parts, "function");
        return at >= 0 && at + 1 < parts.Length ? parts[at + 1] : parts[0];
    }
}
