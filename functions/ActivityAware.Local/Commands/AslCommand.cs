using System.CommandLine;

namespace ActivityAware.Local.Commands;

public static class AslCommand
{
    public static Command Create() => new("asl", "Not built yet.");
}
