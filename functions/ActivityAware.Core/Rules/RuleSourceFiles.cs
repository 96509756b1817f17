namespace ActivityAware.Core.Rules;

/// <summary>
/// Reads users' rule files (a file, or every *.yaml / *.yml below a folder, in name order). The one place the rules area
/// touches the file system, so the local runner and the Lambda package read rule folders the same way.
/// </summary>
public static class RuleSourceFiles
{
    public static (IReadOnlyList<RuleSource> Sources, IReadOnlyList<RuleFileError> Errors) Read(IEnumerable<string> paths)
    {
        var sources = new List<RuleSource>();
        var errors = new List<RuleFileError>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                sources.AddRange(files.Select(f => new RuleSource(f, File.ReadAllText(f))));
            }
            else if (File.Exists(path))
            {
                sources.Add(new RuleSource(path, File.ReadAllText(path)));
            }
            else
            {
                errors.Add(new RuleFileError(path, 0, 0, "no such file or folder; --rules takes a rule file or a folder of *.yaml files"));
            }
        }
        return (sources, errors);
    }
}
