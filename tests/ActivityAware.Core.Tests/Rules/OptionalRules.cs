using ActivityAware.Core.Rules;
using ActivityAware.Testing;

namespace ActivityAware.Core.Tests.Rules;

/// <summary>The repository's <c>optional-rules/</c> folder, loaded over the default pack as <c>--rules</c> would.</summary>
internal static class OptionalRules
{
    public static string Folder => RepositoryRoot.Combine("optional-rules");

    public static RulePackLoadResult Load()
    {
        var (sources, errors) = RuleSourceFiles.Read([Folder]);
        Assert.Empty(errors);
        return RulePackLoader.Load(RulePack.LoadDefault(), sources);
    }

    public static RulePack LoadWithDefaults()
    {
        var result = Load();
        Assert.Empty(result.Errors);
        return result.Pack;
    }
}
