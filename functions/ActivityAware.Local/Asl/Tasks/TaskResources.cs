namespace ActivityAware.Local.Asl.Tasks;

/// <summary>The Task resources the interpreter runs without a mock.</summary>
public static class TaskResources
{
    public const string LambdaInvoke = "arn:aws:states:::lambda:invoke";
    public const string SqsSendMessage = "arn:aws:states:::sqs:sendMessage";

    public static bool IsLambdaFunctionArn(string resource) =>
        resource.StartsWith("arn:aws:lambda:", StringComparison.Ordinal) && resource.Contains(":function:", StringComparison.Ordinal);
}
