using System.Reflection;

namespace ActivityAware.Core.Rules;

/// <summary>An ordered set of rules with unique ids.</summary>
public sealed class RulePack
{
    private const string ResourcePrefix = "Rules/Pack/";

    public RulePack(IReadOnlyList<Rule> rules) => Rules = rules;

    public static RulePack Empty { get; } = new([]);

    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Every dotted record path a rule's match or exception patterns read, each once, in rule order.</summary>
    public IReadOnlyList<string> ReferencedPaths() => Rules
        .SelectMany(r => r.Exceptions.Prepend(r.Match))
        .SelectMany(p => p.ReferencedPaths())
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The default pack embedded in this assembly. Throws if any file is invalid (a build defect, tested).</summary>
    public static RulePack LoadDefault()
    {
        var result = RulePackLoader.Load(Empty, DefaultSources());
        if (result.Errors.Count > 0)
            throw new InvalidOperationException($"The embedded default rule pack is invalid:{Environment.NewLine}{string.Join(Environment.NewLine, result.Errors)}");
        return result.Pack;
    }

    /// <summary>The embedded default pack files, named <c>Rules/Pack/&lt;id&gt;.yaml</c>.</summary>
    public static IReadOnlyList<RuleSource> DefaultSources()
    {
        var assembly = typeof(RulePack).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new RuleSource(n, Read(assembly, n)))
            .ToList();
    }

    /// <summary>One embedded default rule file, by rule id, for a step that needs that rule alone.</summary>
    public static RuleSource DefaultSource(string ruleId)
    {
        var assembly = typeof(RulePack).Assembly;
        var name = $"{ResourcePrefix}{ruleId}.yaml";
        return assembly.GetManifestResourceInfo(name) is null
            ? throw new InvalidOperationException($"{name} is not embedded in {assembly.GetName().Name}")
            : new RuleSource(name, Read(assembly, name));
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
