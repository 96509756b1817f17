using System.CommandLine;

namespace ActivityAware.Local.Commands;

public static class RulesCommand
{
    public static Command Create() => new("rules", "Not built yet.");
}
