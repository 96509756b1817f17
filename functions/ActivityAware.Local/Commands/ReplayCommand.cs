using System.CommandLine;

namespace ActivityAware.Local.Commands;

public static class ReplayCommand
{
    public static Command Create() => new("replay", "Not built yet.");
}
