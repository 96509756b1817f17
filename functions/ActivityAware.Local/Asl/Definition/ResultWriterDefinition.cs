namespace ActivityAware.Local.Asl.Definition;

/// <summary>A Distributed Map's ResultWriter: the Map Run's results go to S3 under <c>Bucket</c>/<c>Prefix</c> instead of the state output.</summary>
public sealed record ResultWriterDefinition(string Resource, PayloadTemplate Parameters)
{
    public const string PutObject = "arn:aws:states:::s3:putObject";
}
