namespace ActivityAware.Local.Asl.Definition;

public enum JitterStrategy
{
    None,
    /// <summary>Each delay is drawn uniformly from [0, computed delay].</summary>
    Full,
}
