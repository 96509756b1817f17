using ActivityAware.Core.Rules;

namespace ActivityAware.Core.Tests.Rules.Pushdown;

/// <summary>Small rule packs written inline, one rule per (id, match lines).</summary>
internal static class PushdownPacks
{
    public static RulePack Of(params (string Id, string[] MatchLines)[] rules) => Load(RulePack.Empty, rules);

    public static RulePack DefaultWith(params (string Id, string[] MatchLines)[] rules) => Load(RulePack.LoadDefault(), rules);

    private static RulePack Load(RulePack basis, (string Id, string[] MatchLines)[] rules)
    {
        var sources = rules.Select(r => new RuleSource($"{r.Id}.yaml", string.Join("\n",
            [$"id: {r.Id}", "title: Test rule", "severity: low", "category: other", "description: A test rule.", "runbook: Nothing to check.",
             "match:", .. r.MatchLines.Select(l => "  " + l)]))).ToList();
        var loaded = RulePackLoader.Load(basis, sources);
        Assert.Empty(loaded.Errors);
        return loaded.Pack;
    }
}
