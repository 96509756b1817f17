using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Intrinsics;

internal static partial class IntrinsicFunctions
{
    private const int MaxArrayRangeItems = 1000;

    private static JsonNode? ArrayPartition(Arguments a)
    {
        a.Count(2);
        var items = a.Array(0);
        var size = a.Integer(1);
        if (size <= 0)
            throw a.Fail("the chunk size must be a positive integer");
        var chunks = items.Select((item, i) => (item, i)).GroupBy(x => x.i / size)
            .Select(g => (JsonNode?)new JsonArray(g.Select(x => AslJson.Clone(x.item)).ToArray()));
        return new JsonArray(chunks.ToArray());
    }

    private static JsonNode? ArrayRange(Arguments a)
    {
        a.Count(3);
        long start = a.Integer(0), end = a.Integer(1), step = a.Integer(2);
        if (step == 0)
            throw a.Fail("the step must not be 0");
        var result = new JsonArray();
        for (var v = start; step > 0 ? v <= end : v >= end; v += step)
        {
            if (result.Count == MaxArrayRangeItems)
                throw a.Fail($"the range has more than {MaxArrayRangeItems} items");
            result.Add(v);
        }
        return result;
    }

    private static JsonNode? ArrayGetItem(Arguments a)
    {
        a.Count(2);
        var items = a.Array(0);
        var index = a.Integer(1);
        if (index < 0 || index >= items.Count)
            throw a.Fail($"index {index} is out of bounds for an array of length {items.Count}");
        return AslJson.Clone(items[(int)index]);
    }

    private static JsonNode? ArrayUnique(Arguments a)
    {
        a.Count(1);
        var unique = new List<JsonNode?>();
        foreach (var item in a.Array(0))
        {
            if (!unique.Any(u => AslJson.DeepEquals(u, item)))
                unique.Add(item);
        }
        return new JsonArray(unique.Select(AslJson.Clone).ToArray());
    }
}
