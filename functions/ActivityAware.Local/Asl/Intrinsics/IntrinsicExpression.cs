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

    /// <summary>The whole call as written, for the outermost call of a field; null for a call nested in another.</summary>
    public string? Text { get; private init; }

    internal IReadOnlyList<IntrinsicArgument> Arguments { get; }

    /// <summary>True when <paramref name="text"/> looks like a call (starts with <c>States.</c>), whether or not it is valid.</summary>
    public static bool LooksLikeCall(string text) => text.TrimStart().StartsWith("States.", StringComparison.Ordinal);

    /// <summary>Parses a call; throws <see cref="FormatException"/> naming the function and position when it is invalid.</summary>
    public static IntrinsicExpression Parse(string text)
    {
        var call = new IntrinsicParser(text).ParseWhole();
        return new IntrinsicExpression(call.Name, call.Arguments) { Text = text };
    }

    /// <summary>
    /// Evaluates the call; a bad argument throws <see cref="StatesErrorException"/> with States.IntrinsicFailure. A path argument that
    /// selects nothing is States.Runtime, which the outermost call words as AWS does: "The function '…' had the following error: …",
    /// naming the whole expression however deep the failing argument sits.
    /// </summary>
    public JsonNode? Evaluate(EvaluationScope scope)
    {
        try
        {
            var values = Arguments.Select(a => a.Evaluate(scope)).ToList();
            return IntrinsicFunctions.Invoke(Name, values, Arguments, scope.Random);
        }
        catch (StatesErrorException e) when (Text is not null && e.Error == StatesErrorNames.Runtime)
        {
            throw new StatesErrorException(e.Error, $"The function '{Text}' had the following error: {e.Cause}", e);
        }
    }
}
