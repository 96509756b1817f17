namespace ActivityAware.Local.Replay;

public enum ReplayFormat
{
    Text,
    Jsonl,
}
