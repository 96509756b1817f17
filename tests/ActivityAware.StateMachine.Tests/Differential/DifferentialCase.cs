using System.Text.Json.Nodes;
using ActivityAware.Testing;

namespace ActivityAware.StateMachine.Tests.Differential;

/// <summary>
/// One named case of tests/fixtures/differential/cases/&lt;Name&gt;.json: a definition (repository-relative path), the
/// state machine name and test case that select its mocked task results in tests/fixtures/differential/mock-config.json
/// (Step Functions Local format), the input, what AWS does (<c>expected</c>), and, where moto 5.2.1 does something
/// else, what moto does instead and why (<c>moto</c>: <c>differsFromAws</c> plus the fields that differ).
/// </summary>
public sealed record DifferentialCase(
    string Name,
    string Description,
    string DefinitionPath,
    string StateMachineName,
    string? TestCase,
    string Input,
    JsonObject Expected,
    JsonObject? MotoDeviation)
{
    public static readonly string Folder = RepositoryRoot.Combine("tests", "fixtures", "differential");
    public static readonly string MockConfigPath = Path.Combine(Folder, "mock-config.json");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Path.Combine(Folder, "cases"), "*.json").Select(Path.GetFileNameWithoutExtension).Order()!;

    public static DifferentialCase Load(string name)
    {
        var path = Path.Combine(Folder, "cases", name + ".json");
        var json = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new InvalidDataException($"{path}: not a JSON object");
        string Required(string field) => json[field]?.GetValue<string>() ?? throw new InvalidDataException($"{path}: '{field}' (a string) is required");
        var input = json["inputFile"] is { } inputFile
            ? File.ReadAllText(RepositoryRoot.Combine(inputFile.GetValue<string>()))
            : json["input"]?.ToJsonString() ?? throw new InvalidDataException($"{path}: 'input' or 'inputFile' is required");
        var definitionPath = RepositoryRoot.Combine(Required("definition"));
        var stateMachineName = Required("stateMachineName");
        var nameFromFile = Path.GetFileName(definitionPath).Replace(".asl.json", "", StringComparison.Ordinal);
        if (stateMachineName != nameFromFile)
            throw new InvalidDataException(
                $"{path}: stateMachineName '{stateMachineName}' must be the definition's file name without .asl.json ('{nameFromFile}'): asl run looks the test case up under that name");
        return new DifferentialCase(
            name,
            Required("description"),
            definitionPath,
            stateMachineName,
            json["testCase"]?.GetValue<string>(),
            input,
            json["expected"] as JsonObject ?? throw new InvalidDataException($"{path}: 'expected' (status, output or error/cause, statesEntered) is required"),
            json["moto"] as JsonObject);
    }

    /// <summary>What moto is expected to do: <see cref="Expected"/> with the documented deviation's fields replaced.</summary>
    public JsonObject ExpectedFromMoto()
    {
        var result = (JsonObject)Expected.DeepClone();
        if (MotoDeviation is null) return result;
        if (MotoDeviation["differsFromAws"] is null)
            throw new InvalidDataException($"case {Name}: 'moto' must say why it differs from AWS in 'differsFromAws'");
        foreach (var (key, value) in MotoDeviation)
            if (key != "differsFromAws") result[key] = value?.DeepClone();
        return result;
    }

    /// <summary>MaxConcurrency 1 cases: the order as run must already be the canonical order.</summary>
    public bool IterationsRunInOrder => Expected["iterationsRunInOrder"]?.GetValue<bool>() ?? false;

    public override string ToString() => Name;
}
