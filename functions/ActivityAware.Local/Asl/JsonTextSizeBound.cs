namespace ActivityAware.Local.Asl;

/// <summary>
/// What the compact JSON of a value parsed from UTF-8 text cannot exceed, so the payload limit can be checked without writing it:
/// rewriting as Step Functions does (<see cref="AslJson.Compact"/>) drops whitespace, shortens or keeps escapes and numbers, and
/// lengthens only the characters it escapes, each at most six bytes per byte of text (a raw DEL becomes <c>\u007F</c>).
/// </summary>
public static class JsonTextSizeBound
{
    public const int MaxGrowth = 6;

    public static long Of(int utf8Length) => (long)MaxGrowth * utf8Length;
}
