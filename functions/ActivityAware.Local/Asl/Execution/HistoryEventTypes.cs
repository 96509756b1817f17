using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Asl.Execution;

/// <summary>The per-state history event names (<c>TaskStateEntered</c>, <c>ChoiceStateExited</c>, …), built once rather than per state run.</summary>
internal static class HistoryEventTypes
{
    private static readonly string[] Entered = Enum.GetValues<StateType>().Select(t => $"{t}StateEntered").ToArray();
    private static readonly string[] Exited = Enum.GetValues<StateType>().Select(t => $"{t}StateExited").ToArray();

    public static string StateEntered(StateType type) => Entered[(int)type];

    public static string StateExited(StateType type) => Exited[(int)type];
}
