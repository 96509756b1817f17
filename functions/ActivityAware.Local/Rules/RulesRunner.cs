using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Pushdown;

namespace ActivityAware.Local.Rules;

/// <summary>The work behind <c>rules validate|test|list|pattern</c>, writing to the given writers and returning the exit code.</summary>
public static class RulesRunner
{
    public static int Validate(IReadOnlyList<string> paths, TextWriter output, TextWriter error)
    {
        var (pack, errors) = Load(paths);
        foreach (var problem in errors) error.WriteLine(problem);
        if (errors.Count > 0)
        {
            error.WriteLine($"{errors.Count} error(s) in rule files.");
            return ExitCodes.InputFailed;
        }
        output.WriteLine($"OK: {pack.Rules.Count} rules valid.");
        return ExitCodes.Success;
    }

    public static int Test(IReadOnlyList<string> paths, TextWriter output, TextWriter error)
    {
        var (pack, errors) = Load(paths);
        foreach (var problem in errors) error.WriteLine(problem);
        var results = RuleExampleRunner.Run(pack);
        RuleTableWriter.Write(output, ["rule", "example", "expected", "result"], results.Select(r => (IReadOnlyList<string>)
        [
            r.Rule.Id, $"{Path.GetFileName(r.Rule.SourceFile)}:{r.Example.Position.Line}", r.Example.ShouldMatch ? "match" : "no match",
            r.Passed ? "pass" : $"FAIL{(r.Problem is null ? "" : ": " + r.Problem)}",
        ]));
        var failed = results.Count(r => !r.Passed);
        output.WriteLine($"{results.Count - failed} passed, {failed} failed, {pack.Rules.Count} rules.");
        return failed > 0 || errors.Count > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    public static int List(IReadOnlyList<string> paths, TextWriter output, TextWriter error)
    {
        var (pack, errors) = Load(paths);
        foreach (var problem in errors) error.WriteLine(problem);
        RuleTableWriter.Write(output, ["id", "severity", "category", "title"],
            pack.Rules.Select(r => (IReadOnlyList<string>)[r.Id, r.Severity.ToString().ToLowerInvariant(), r.Category, r.Title]));
        return errors.Count > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    public static int Pattern(IReadOnlyList<string> paths, TextWriter output, TextWriter error)
    {
        var (pack, errors) = Load(paths);
        foreach (var problem in errors) error.WriteLine(problem);
        if (errors.Count > 0) return ExitCodes.InputFailed;
        try
        {
            var set = PushdownPatternGenerator.GenerateSet(pack);
            output.WriteLine(set.ToJsonLines());
            if (set.Widened)
                error.WriteLine($"warning: no split of the pushdown into at most {PushdownPatternGenerator.MaximumPatterns} disjoint patterns fits, " +
                                "so event names were widened to their verbs and many harmless writes will start executions; " +
                                "give cross-source rules an eventSource, eventName or errorCode constraint");
            return ExitCodes.Success;
        }
        catch (PushdownPatternTooLongException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.InputFailed;
        }
    }

    /// <summary>The default pack with the users' files applied on top.</summary>
    private static (RulePack Pack, IReadOnlyList<RuleFileError> Errors) Load(IReadOnlyList<string> paths)
    {
        var (sources, readErrors) = RuleSourceFiles.Read(paths);
        var result = RulePackLoader.Load(RulePack.LoadDefault(), sources);
        return (result.Pack, readErrors.Concat(result.Errors).ToList());
    }
}
