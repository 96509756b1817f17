namespace ActivityAware.Local.Input;

/// <summary>The path <c>-</c>: records piped in, e.g. from <c>aws cloudtrail lookup-events</c>.</summary>
public sealed class StandardInputSource(Func<Stream> openStandardInput) : IInputSource
{
    public const string Path = "-";

    public string Name => "stdin";

    public Task<Stream> OpenAsync(CancellationToken cancellationToken) => Task.FromResult(openStandardInput());
}
