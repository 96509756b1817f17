using System.Text.Json;

namespace ActivityAware.Core.Rules.Capture;

/// <summary>
/// One scalar reached at a field path: its JSON kind, its unescaped UTF-8 text (strings) in <see cref="RecordFields"/>'
/// text buffer, its value as a double when it is a number that reads as one, and the next leaf of the same path.
/// </summary>
internal struct CapturedLeaf
{
    public JsonTokenType Kind;
    public int TextStart;
    public int TextLength;
    public double Number;
    public bool IsDouble;
    public int Next;
}
