using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Variables;

/// <summary>What one Assign evaluated to, in field order, with each value's JSON size; applied to the scope when the state exits.</summary>
public sealed class AssignedVariables
{
    private readonly int[] _sizes;

    internal AssignedVariables(JsonObject values, int[] sizes)
    {
        Values = values;
        _sizes = sizes;
    }

    /// <summary>Variable name to value; the values are owned here and only ever read.</summary>
    public JsonObject Values { get; }

    internal int SizeAt(int index) => _sizes[index];
}
