using ActivityAware.Local.Asl.Jsonata.Evaluation;
using ActivityAware.Local.Asl.Jsonata.Values;

namespace ActivityAware.Local.Asl.Jsonata.Ast;

/// <summary>A field name step: the member of each object in the input, arrays flattened one level.</summary>
internal sealed class NameNode : Node
{
    public NameNode(string name, int position)
        : base(position)
    {
        Name = name;
    }

    public string Name { get; }

    public override object? EvaluateCore(object? input, Frame environment) => Lookup(input, Name);

    public static object? Lookup(object? input, string key)
    {
        switch (input)
        {
            case JsonataArray array:
                var result = JsonataArray.CreateSequence();
                foreach (var item in array)
                {
                    var value = Lookup(item, key);
                    if (value is JsonataArray values)
                    {
                        result.AddRange(values);
                    }
                    else if (value is not null)
                    {
                        result.Add(value);
                    }
                }

                return result;
            case JsonataObject obj:
                return obj.TryGetValue(key, out var member) ? member : null;
            default:
                return null;
        }
    }
}
