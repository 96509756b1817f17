using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Tasks;

/// <summary>
/// Runs Lambda functions in process for <c>arn:aws:states:::lambda:invoke</c> and plain function-ARN resources.
/// A function's exception becomes the task error: its class name is the error name, as the .NET Lambda runtime reports it.
/// </summary>
public interface ILambdaInvoker
{
    /// <summary>True when <paramref name="functionNameOrArn"/> (name, full or partial ARN, optionally qualified) is bound.</summary>
    bool CanInvoke(string functionNameOrArn);

    Task<JsonNode?> InvokeAsync(string functionNameOrArn, JsonNode? payload, CancellationToken cancellationToken);

    /// <summary>As <see cref="InvokeAsync"/>, with what is known of the response's size (by default nothing).</summary>
    async Task<LambdaResponse> InvokeSizedAsync(string functionNameOrArn, JsonNode? payload, CancellationToken cancellationToken) =>
        new(await InvokeAsync(functionNameOrArn, payload, cancellationToken));
}
