using System.CommandLine;
using ActivityAware.Local;
using ActivityAware.Local.Commands;

var root = new RootCommand("Activity Aware: replay CloudTrail activity through the same Step Functions workflow that runs in AWS.");
root.Subcommands.Add(ReplayCommand.Create());
root.Subcommands.Add(RulesCommand.Create());
root.Subcommands.Add(AslCommand.Create());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
        Console.Error.WriteLine($"error: {error.Message}");
    Console.Error.WriteLine("Run 'activity-aware --help' for usage.");
    return ExitCodes.UsageError;
}
return await parsed.InvokeAsync();
