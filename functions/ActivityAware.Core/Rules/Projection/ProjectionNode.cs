using System.Text;
using System.Text.Json;

namespace ActivityAware.Core.Rules.Projection;

/// <summary>
/// One property name of the projection trie. A leaf keeps its whole value; an inner node keeps only its children.
/// Children are found through a small hash on (length, first byte, last byte) so a record's unreferenced properties
/// cost one bucket probe each.
/// </summary>
internal sealed class ProjectionNode
{
    private readonly Dictionary<string, ProjectionNode> _children = new(StringComparer.Ordinal);
    private ProjectionNode[][] _buckets = [];
    private int _mask;

    private ProjectionNode(string name)
    {
        Name = Encoding.UTF8.GetBytes(name);
        EncodedName = JsonEncodedText.Encode(name);
    }

    /// <summary>The unescaped UTF-8 name.</summary>
    public byte[] Name { get; }

    public JsonEncodedText EncodedName { get; }

    /// <summary>True when a referenced path ends here: the value is copied whatever its type.</summary>
    public bool IsLeaf { get; private set; }

    public static ProjectionNode Build(IEnumerable<string> paths)
    {
        var root = new ProjectionNode("");
        foreach (var path in paths)
        {
            if (string.IsNullOrEmpty(path)) throw new ArgumentException("a projected path must not be empty", nameof(paths));
            var node = root;
            foreach (var segment in path.Split('.'))
            {
                if (!node._children.TryGetValue(segment, out var child)) node._children[segment] = child = new ProjectionNode(segment);
                node = child;
            }
            node.IsLeaf = true;
        }
        root.Seal();
        return root;
    }

    public ProjectionNode? Find(ReadOnlySpan<byte> name)
    {
        if (_buckets.Length == 0 || name.IsEmpty) return null;
        foreach (var child in _buckets[Hash(name) & _mask])
        {
            if (name.SequenceEqual(child.Name)) return child;
        }
        return null;
    }

    private void Seal()
    {
        if (_children.Count == 0) return;
        var size = 4;
        while (size < _children.Count * 2) size *= 2;
        _mask = size - 1;
        var lists = new List<ProjectionNode>[size];
        foreach (var child in _children.Values)
        {
            child.Seal();
            if (child.Name.Length == 0) continue;
            (lists[Hash(child.Name) & _mask] ??= []).Add(child);
        }
        _buckets = lists.Select(l => l?.ToArray() ?? []).ToArray();
    }

    private static int Hash(ReadOnlySpan<byte> name) => (name.Length * 31) ^ (name[0] * 7) ^ (name[^1] << 3) ^ (name[name.Length / 2] << 5);
}
