namespace ActivityAware.Local.Asl.Tasks;

/// <summary>Mocked Task results (Step Functions Local style): a covered state never calls its resource.</summary>
public interface ITaskMocker
{
    bool Covers(string stateName);

    /// <summary>The response for the state's <paramref name="retryCount"/>-th attempt (0 = first); null when the mock has none for it.</summary>
    TaskMockResponse? ResponseFor(string stateName, int retryCount);
}
