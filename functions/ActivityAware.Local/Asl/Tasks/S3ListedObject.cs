namespace ActivityAware.Local.Asl.Tasks;

/// <summary>One entry of a ListObjectsV2 response's Contents.</summary>
public sealed record S3ListedObject(string Key, string ETag, DateTimeOffset LastModified, long Size, string StorageClass);
