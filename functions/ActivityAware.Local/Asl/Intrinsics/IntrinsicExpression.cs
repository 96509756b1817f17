using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Intrinsics;

/// <summary>A parsed intrinsic function call such as <c>States.Format('{} items', States.ArrayLength($.items))</c>.</summary>
public sealed class IntrinsicExpression
{
    internal IntrinsicExpression(string name, IReadOnlyList<IntrinsicArgument> arguments)
    {
        Name = name;
        Arguments = arguments;
    }

    public string Name { get; }

    internal IReadOnlyList<IntrinsicArgument> Arguments { get; }

    /// <summary>True when <paramref name="text"/> looks like a call (starts with <c>States.</c>), whether or not it is valid.</summary>
    public static bool LooksLikeCall(string text) => text.TrimStart().StartsWith("States.", StringComparison.Ordinal);

    /// <summary>Parses a call; throws <see cref="FormatException"/> naming the function and position when it is invalid.</summary>
    public static IntrinsicExpression Parse(string text) => new IntrinsicParser(text).ParseWhole();

    /// <summary>Evaluates the call; a bad argument throws <see cref="StatesErrorException"/> with States.IntrinsicFailure.</summary>
    public JsonNode? Evaluate(EvaluationScope scope)
    {
        var values = Arguments.Select(a => a.Evaluate(scope)).ToList();
        return IntrinsicFunctions.Invoke(Name, values, Arguments, scope.Random);
    }
}
