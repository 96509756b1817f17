namespace ActivityAware.Local.Asl.Definition;

/// <summary>The <c>$states</c> members a JSONata field may read besides <c>input</c> and <c>context</c> (developer guide, "Reserved variable: $states").</summary>
[Flags]
public enum StatesFields
{
    None = 0,

    /// <summary><c>$states.result</c>: the Output and Assign of a Task, Map or Parallel state.</summary>
    Result = 1,

    /// <summary><c>$states.errorOutput</c>: a Catcher's Output and Assign.</summary>
    ErrorOutput = 2,
}
