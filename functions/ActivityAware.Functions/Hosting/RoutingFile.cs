using ActivityAware.Core.Routing;

namespace ActivityAware.Functions.Hosting;

/// <summary>Loads the routing file named by ACTIVITY_AWARE_ROUTING_FILE (a relative path is taken from the deployed package's folder).</summary>
public static class RoutingFile
{
    public static RoutingConfig Load(string path)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
        if (!File.Exists(full))
            throw new InvalidOperationException($"environment variable {SettingNames.RoutingFile} names '{path}', but {full} does not exist");
        return RoutingConfigParser.Parse(File.ReadAllText(full), path);
    }
}
