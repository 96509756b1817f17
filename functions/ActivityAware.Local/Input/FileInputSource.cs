namespace ActivityAware.Local.Input;

public sealed class FileInputSource(string path) : IInputSource
{
    public string Name => path;

    public Task<Stream> OpenAsync(CancellationToken cancellationToken) =>
        Task.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan | FileOptions.Asynchronous));
}
