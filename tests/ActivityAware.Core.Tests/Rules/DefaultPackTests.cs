using ActivityAware.Core.Rules;

namespace ActivityAware.Core.Tests.Rules;

public sealed class DefaultPackTests
{
    private static readonly RulePack Pack = RulePack.LoadDefault();

    [Fact]
    public void LoadDefault_EmbeddedPack_HasAtLeastFortyRules()
    {
        Assert.True(Pack.Rules.Count >= 40, $"only {Pack.Rules.Count} rules");
    }

    [Fact]
    public void LoadDefault_EveryRule_HasPositiveAndNegativeExamples()
    {
        var missing = Pack.Rules.Where(r => !r.Examples.Any(e => e.ShouldMatch) || !r.Examples.Any(e => !e.ShouldMatch))
            .Select(r => r.Id).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Run_EveryExampleOfTheDefaultPack_BehavesAsItsFileSays()
    {
        var failures = RuleExampleRunner.Run(Pack).Where(r => !r.Passed)
            .Select(r => $"{r.Rule.SourceFile}:{r.Example.Position.Line}: expected {(r.Example.ShouldMatch ? "match" : "no match")} {r.Problem}")
            .ToList();
        Assert.Empty(failures);
    }

    [Fact]
    public void LoadDefault_CisControls_AllFourteenPresent()
    {
        var cis = Pack.Rules.Where(r => r.Description.Contains("Security Hub CloudWatch.", StringComparison.Ordinal))
            .Select(r => r.Description.Split("CloudWatch.")[1].Split(')')[0]).Select(int.Parse).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 14), cis);
    }

    [Fact]
    public void LoadDefault_EnumerationBurst_CountsTheDenialsOfAccessDenied()
    {
        // YAML cannot share a list between files, so the burst rule repeats AWS.AccessDenied's codes and exceptions word for word.
        static (string Codes, string Exceptions) Sections(string id)
        {
            var text = RulePack.DefaultSources().Single(s => s.Name == $"Rules/Pack/{id}.yaml").Text;
            var codes = text.IndexOf("  errorCode:", StringComparison.Ordinal);
            var exceptions = text.IndexOf("exceptions:", codes, StringComparison.Ordinal);
            return (text[codes..exceptions], text[exceptions..text.IndexOf("dedupe:", exceptions, StringComparison.Ordinal)]);
        }

        var denial = Sections("AWS.AccessDenied");
        var burst = Sections("AWS.AccessDenied.EnumerationBurst");

        Assert.Equal(denial.Codes, burst.Codes);
        Assert.StartsWith(denial.Exceptions, burst.Exceptions, StringComparison.Ordinal);
    }
}
