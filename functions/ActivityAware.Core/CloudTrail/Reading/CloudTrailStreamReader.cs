using System.Runtime.CompilerServices;

namespace ActivityAware.Core.CloudTrail.Reading;

/// <summary>
/// Reads CloudTrail records from one (already decompressed) stream in any of the supported forms, detected from the content:
/// CloudTrail log files <c>{"Records":[…]}</c>, EventBridge events, <c>aws cloudtrail lookup-events</c> output, raw records;
/// each as one object, a JSON array or JSON Lines. Streams: memory is bounded by one record, never by the input's size.
/// Bad input becomes <see cref="ReadFailure"/> items naming the source and the record or line; nothing is dropped silently.
/// </summary>
public sealed class CloudTrailStreamReader(CloudTrailReaderOptions options)
{
    public CloudTrailStreamReader() : this(CloudTrailReaderOptions.Default) { }

    /// <param name="source">How errors name this input: a path, an <c>s3://</c> URI or <c>stdin</c>.</param>
    public async IAsyncEnumerable<ReadItem> ReadAsync(Stream stream, string source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var buffer = new JsonStreamBuffer(options.ReadBufferBytes);
        var scanner = new RecordScanner(source, options);
        while (true)
        {
            var step = scanner.Next(buffer);
            // Records the screen rejected are reported as one count before whatever comes next, and before each refill.
            if (scanner.TakeScreenedOut() is > 0 and var screenedOut) yield return ReadItem.OfScreenedOut(screenedOut);
            switch (step.Kind)
            {
                case ScanStepKind.NeedData:
                    if (await buffer.FillAsync(stream, cancellationToken).ConfigureAwait(false) is { } error)
                    {
                        yield return ReadItem.Of(scanner.Interrupted(error));
                        yield break;
                    }
                    break;
                case ScanStepKind.Item:
                    yield return ItemUnwrapper.Unwrap(step.Item!, step.ItemKind, step.Location!, options.MaxDepth, step.PassedBy);
                    break;
                case ScanStepKind.Failure:
                    yield return ReadItem.Of(step.Failure!);
                    if (step.Failure!.EndsSource) yield break;
                    break;
                default:
                    yield break;
            }
        }
    }
}
