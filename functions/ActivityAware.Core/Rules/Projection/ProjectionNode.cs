using System.Text;
using System.Text.Json;

namespace ActivityAware.Core.Rules.Projection;

/// <summary>
/// One property name of the projection trie. A leaf keeps its whole value; an inner node keeps only its children.
/// Children are found through a small hash on (length, first byte, last byte) so a record's unreferenced properties
/// cost one bucket probe each. Nodes are numbered 0..<see cref="NodeCount"/>-1 from the root; a leaf knows the index of
/// its path in the list it was built from (<see cref="Slot"/>).
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
    public bool IsLeaf => Slot >= 0;

    /// <summary>The index, in the built list, of the path that ends here; -1 for an inner node only.</summary>
    public int Slot { get; private set; } = -1;

    /// <summary>This node's number; the root is 0.</summary>
    public int Id { get; private set; }

    public bool HasChildren => _buckets.Length > 0;

    /// <summary>How many nodes the trie under (and including) this root has.</summary>
    public int NodeCount { get; private set; }

    /// <summary>Builds the trie of distinct <paramref name="paths"/>; a path's <see cref="Slot"/> is its index in that list.</summary>
    public static ProjectionNode Build(IReadOnlyList<string> paths)
    {
        var root = new ProjectionNode("");
        for (var slot = 0; slot < paths.Count; slot++)
        {
            var path = paths[slot];
            if (string.IsNullOrEmpty(path)) throw new ArgumentException("a projected path must not be empty", nameof(paths));
            var node = root;
            foreach (var segment in path.Split('.'))
            {
                if (!node._children.TryGetValue(segment, out var child)) node._children[segment] = child = new ProjectionNode(segment);
                node = child;
            }
            node.Slot = slot;
        }
        var count = 0;
        root.Seal(ref count);
        root.NodeCount = count;
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

    private void Seal(ref int count)
    {
        Id = count++;
        if (_children.Count == 0) return;
        var size = 4;
        while (size < _children.Count * 2) size *= 2;
        _mask = size - 1;
        var lists = new List<ProjectionNode>[size];
        foreach (var child in _children.Values)
        {
            child.Seal(ref count);
            if (child.Name.Length == 0) continue;
            (lists[Hash(child.Name) & _mask] ??= []).Add(child);
        }
        _buckets = lists.Select(l => l?.ToArray() ?? []).ToArray();
    }

    private static int Hash(ReadOnlySpan<byte> name) => (name.Length * 31) ^ (name[0] * 7) ^ (name[^1] << 3) ^ (name[name.Length / 2] << 5);
}
