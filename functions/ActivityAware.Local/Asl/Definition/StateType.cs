namespace ActivityAware.Local.Asl.Definition;

public enum StateType
{
    Task,
    Pass,
    Choice,
    Wait,
    Succeed,
    Fail,
    Parallel,
    Map,
}
