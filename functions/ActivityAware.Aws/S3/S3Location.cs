namespace ActivityAware.Aws.S3;

/// <summary>An <c>s3://bucket/prefix</c> URI: every object under the prefix (the whole bucket when the prefix is empty).</summary>
public sealed record S3Location(string Bucket, string Prefix)
{
    public const string Scheme = "s3://";

    public static bool IsS3Uri(string text) => text.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>Null with a reason in <paramref name="error"/> when <paramref name="text"/> is not a usable S3 URI.</summary>
    public static S3Location? TryParse(string text, out string? error)
    {
        error = null;
        if (!IsS3Uri(text))
        {
            error = $"'{text}' does not start with {Scheme}";
            return null;
        }
        var rest = text[Scheme.Length..];
        var slash = rest.IndexOf('/');
        var bucket = slash < 0 ? rest : rest[..slash];
        if (bucket.Length is < 3 or > 63)
        {
            error = $"'{text}': a bucket name has 3 to 63 characters, found '{bucket}'";
            return null;
        }
        return new S3Location(bucket, slash < 0 ? "" : rest[(slash + 1)..]);
    }

    public string UriOf(string key) => $"{Scheme}{Bucket}/{key}";

    public override string ToString() => $"{Scheme}{Bucket}/{Prefix}";
}
