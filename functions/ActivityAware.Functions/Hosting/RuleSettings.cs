using ActivityAware.Core.Rules;

namespace ActivityAware.Functions.Hosting;

/// <summary>
/// The rules the Normalize step evaluates in AWS: the default pack plus the users' rule files packaged with the functions
/// (the same files <c>replay --rules</c> reads). An invalid file stops the cold start with every error, file:line:column.
/// </summary>
public static class RuleSettings
{
    public const string PackagedFolderName = "rules";

    public static RulePack FromEnvironment(FunctionEnvironment environment)
    {
        var folder = environment.Optional(SettingNames.RulesDirectory);
        if (folder is null)
        {
            var packaged = Path.Combine(AppContext.BaseDirectory, PackagedFolderName);
            if (!Directory.Exists(packaged)) return RulePack.LoadDefault();
            folder = packaged;
        }

        var (sources, readErrors) = RuleSourceFiles.Read([folder]);
        var loaded = RulePackLoader.Load(RulePack.LoadDefault(), sources);
        var errors = readErrors.Concat(loaded.Errors).ToList();
        if (errors.Count > 0)
            throw new InvalidOperationException(
                $"{SettingNames.RulesDirectory} '{folder}' has invalid rule files:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        return loaded.Pack;
    }
}
