using System.Runtime.CompilerServices;
using ActivityAware.Aws.S3;

namespace ActivityAware.Local.Input;

/// <summary>
/// Expands the command line's paths into inputs, in a stable order: a file as given; a directory recursively, files sorted by
/// ordinal path; <c>s3://bucket/prefix</c> as every object under it in key order; <c>-</c> as stdin. Files that hold no events (digests, other services' logs in a shared bucket) are skipped.
/// </summary>
public sealed class InputCatalog(Func<S3ObjectSource> s3, Func<Stream> openStandardInput)
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    public async IAsyncEnumerable<InputEntry> EnumerateAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var path in paths)
        {
            if (path == StandardInputSource.Path)
            {
                yield return InputEntry.Read(new StandardInputSource(openStandardInput));
            }
            else if (S3Prefix.IsS3Uri(path))
            {
                await foreach (var entry in S3Entries(path, cancellationToken).ConfigureAwait(false)) yield return entry;
            }
            else if (Directory.Exists(path))
            {
                foreach (var entry in DirectoryEntries(path)) yield return entry;
            }
            else if (File.Exists(path))
            {
                yield return FileEntry(path);
            }
            else
            {
                yield return InputEntry.Failed(path, "no such file or directory");
            }
        }
    }

    private static InputEntry FileEntry(string path) =>
        NonEventFiles.SkipReason(path) is { } reason ? InputEntry.Skipped(path, reason) : InputEntry.Read(new FileInputSource(path));

    private static IEnumerable<InputEntry> DirectoryEntries(string directory)
    {
        string[] files;
        string? error = null;
        try
        {
            files = Directory.EnumerateFiles(directory, "*", Recursive).ToArray();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            files = [];
            error = $"cannot list the directory: {e.Message}";
        }
        if (error is not null)
        {
            yield return InputEntry.Failed(directory, error);
            yield break;
        }
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files) yield return FileEntry(file);
    }

    private async IAsyncEnumerable<InputEntry> S3Entries(string uri, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (S3Prefix.TryParse(uri, out var error) is not { } location)
        {
            yield return InputEntry.Failed(uri, error!);
            yield break;
        }
        var objects = s3();
        var listed = 0;
        await using var keys = objects.ListKeysAsync(location, cancellationToken: cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            string? listError = null;
            try
            {
                if (!await keys.MoveNextAsync().ConfigureAwait(false)) break;
            }
            catch (Exception e) when (S3Failures.IsExpected(e))
            {
                listError = $"cannot list the objects: {S3Failures.Describe(e)}";
            }
            if (listError is not null)
            {
                yield return InputEntry.Failed(uri, listError);
                yield break;
            }
            listed++;
            var key = keys.Current;
            yield return NonEventFiles.SkipReason(key) is { } reason
                ? InputEntry.Skipped(location.UriOf(key), reason)
                : InputEntry.Read(new S3InputSource(objects, location, key));
        }
        if (listed == 0) yield return InputEntry.Failed(uri, "no objects under this prefix");
    }
}
