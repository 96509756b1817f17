namespace ActivityAware.Local.Asl.Definition;

/// <summary>A Distributed Map's ItemBatcher: at most so many items and so many bytes per child execution, plus a fixed BatchInput.</summary>
public sealed record ItemBatcherDefinition(
    int? MaxItemsPerBatch,
    ValueExpression? MaxItemsPerBatchPath,
    int? MaxInputBytesPerBatch,
    ValueExpression? MaxInputBytesPerBatchPath,
    PayloadTemplate? BatchInput);
