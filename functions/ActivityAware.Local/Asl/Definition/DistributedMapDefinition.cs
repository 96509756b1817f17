namespace ActivityAware.Local.Asl.Definition;

/// <summary>
/// What a Map state in Distributed mode adds (<c>ItemProcessor.ProcessorConfig.Mode: DISTRIBUTED</c>): each item (or batch) runs as a
/// child workflow execution of <see cref="ExecutionType"/>; items may come from S3 (<see cref="ItemReader"/>), be grouped
/// (<see cref="ItemBatcher"/>), and results may go to S3 (<see cref="ResultWriter"/>). <see cref="Label"/> names the Map Run.
/// </summary>
public sealed record DistributedMapDefinition(
    string ExecutionType,
    ItemReaderDefinition? ItemReader,
    ItemBatcherDefinition? ItemBatcher,
    ResultWriterDefinition? ResultWriter,
    string? Label)
{
    public const string Standard = "STANDARD";
    public const string Express = "EXPRESS";
}
