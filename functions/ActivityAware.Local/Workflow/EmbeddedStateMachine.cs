using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Workflow;

/// <summary>statemachine/activity-aware.asl.json, embedded in the runner at build time: the one definition AWS runs.</summary>
public static class EmbeddedStateMachine
{
    public const string ResourceName = "statemachine/activity-aware.asl.json";
    public const string Name = "activity-aware";

    public static string ReadJson()
    {
        using var stream = typeof(EmbeddedStateMachine).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the runner was built without {ResourceName}; rebuild from the repository root");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static StateMachineDefinition Load()
    {
        var json = ReadJson();
        return StateMachineLoader.Load(json, Name, LocalSubstitutions.For(json), ResourceName);
    }
}
