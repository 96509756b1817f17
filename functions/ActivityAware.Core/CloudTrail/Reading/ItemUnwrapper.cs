using System.Runtime.InteropServices;
using System.Text.Json;
using ActivityAware.Core.Normalization;

namespace ActivityAware.Core.CloudTrail.Reading;

/// <summary>Takes the CloudTrail record out of one item found in the input, according to where it was found.</summary>
internal static class ItemUnwrapper
{
    /// <param name="passedBy">The screen that passed a log file's record, if one did.</param>
    public static ReadItem Unwrap(byte[] item, ItemKind kind, RecordLocation location, int maxDepth, IRecordScreen? passedBy)
    {
        // Elements of a log file's Records array are records by definition; they are passed on without a parse.
        if (kind == ItemKind.LogFileRecord) return ReadItem.Of(new RawRecord(item, location) { PassedBy = passedBy });

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(item, new JsonDocumentOptions { MaxDepth = maxDepth });
        }
        catch (JsonException e)
        {
            return Fail(location, $"invalid JSON: {JsonErrorText.Of(e)}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (kind == ItemKind.LookupEntry && !CloudTrailEnvelope.IsLookupEventsEntry(root))
                return Fail(location, "lookup-events entry has no CloudTrailEvent string");

            if (kind == ItemKind.AnyShape && DigestFile.Is(root)) return ReadItem.OfSkipped(DigestFile.SkipReason);

            using var unwrapped = CloudTrailEnvelope.Unwrap(root);
            if (!unwrapped.Success) return Fail(location, unwrapped.Error!);

            var isItemItself = !CloudTrailEnvelope.IsEventBridgeEvent(root) && !CloudTrailEnvelope.IsLookupEventsEntry(root);
            var json = isItemItself ? item : JsonMarshal.GetRawUtf8Value(unwrapped.Record).ToArray();
            return ReadItem.Of(new RawRecord(json, location));
        }
    }

    private static ReadItem Fail(RecordLocation location, string message) => ReadItem.Of(new ReadFailure(location, message, EndsSource: false));
}
