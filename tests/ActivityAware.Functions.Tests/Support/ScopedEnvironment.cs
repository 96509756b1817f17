namespace ActivityAware.Functions.Tests.Support;

/// <summary>Sets process environment variables for one test and restores them; tests using it share a non-parallel collection.</summary>
internal sealed class ScopedEnvironment : IDisposable
{
    private readonly Dictionary<string, string?> _previous = [];

    public ScopedEnvironment(Dictionary<string, string?> values)
    {
        foreach (var (name, value) in values)
        {
            _previous[name] = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    public void Dispose()
    {
        foreach (var (name, value) in _previous) Environment.SetEnvironmentVariable(name, value);
    }
}
