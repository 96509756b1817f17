namespace ActivityAware.Local.Asl.Tasks;

/// <summary>Where <c>arn:aws:states:::sqs:sendMessage</c> tasks deliver locally (the dead-letter queue of a replay).</summary>
public interface ISqsSink
{
    /// <summary>Stores the message and returns its message id.</summary>
    Task<string> SendMessageAsync(string queueUrl, string messageBody, CancellationToken cancellationToken);
}
