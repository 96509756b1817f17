using System.CommandLine;
using ActivityAware.Local.Replay;

namespace ActivityAware.Local.Commands;

public static class ReplayCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "CloudTrail log files or directories (.json, .json.gz; searched recursively), EventBridge events, lookup-events output, s3://bucket/prefix, or - for stdin.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "text: a block per alert and a summary table; jsonl: one JSON object per alert per line on stdout, diagnostics and summary on stderr.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "jsonl");
        var output = new Option<string?>("--output") { Description = "Write the alerts to this file instead of stdout." };

        var command = new Command("replay", "Replay CloudTrail activity from log files and show the alerts it raises. Exit 0: all input read; 1: some input failed; 2: usage error.");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction((ParseResult result, CancellationToken cancellationToken) =>
        {
            var settings = new ReplaySettings(
                result.GetValue(paths) ?? [],
                result.GetValue(format) == "jsonl" ? ReplayFormat.Jsonl : ReplayFormat.Text,
                result.GetValue(output));
            return ReplaySession.RunAsync(settings, cancellationToken);
        });
        return command;
    }
}
