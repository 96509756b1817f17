namespace ActivityAware.Local.Tests.Asl.Jsonata;

/// <summary>The jsonata-js test suite's shared datasets the tests use, kept as files beside the tests.</summary>
internal static class Datasets
{
    public static string Load(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Asl", "Jsonata", "Datasets", name + ".json"));
}
