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
        var rules = new Option<string[]>("--rules")
        {
            Description = "Your rule file or folder of *.yaml rules, added to the default pack (same id: overrides it; `disable:` turns default rules off). Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var trace = new Option<bool>("--trace") { Description = "Print on stderr the states each event went through, with their inputs and outputs." };
        var deadLetters = new Option<string>("--dead-letters")
        {
            Description = "Where the workflow's dead letters go (JSON Lines; created on the first one).",
            DefaultValueFactory = _ => Workflow.LocalWorkflowOptions.DefaultDeadLetterPath,
        };
        var dedupeWindow = new Option<int>("--dedupe-window")
        {
            Description = "Minutes during which a repeat of the same alert (rule, principal, action, error) is suppressed, on the events' own clock.",
            DefaultValueFactory = _ => 15,
        };
        dedupeWindow.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--dedupe-window must be at least 1 minute");
        });

        var command = new Command("replay", "Replay CloudTrail activity from log files and show the alerts it raises. Exit 0: all input read; 1: some input failed; 2: usage error.");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(rules);
        command.Options.Add(trace);
        command.Options.Add(deadLetters);
        command.Options.Add(dedupeWindow);
        command.SetAction((ParseResult result, CancellationToken cancellationToken) =>
        {
            var settings = new ReplaySettings(
                result.GetValue(paths) ?? [],
                result.GetValue(format) == "jsonl" ? ReplayFormat.Jsonl : ReplayFormat.Text,
                result.GetValue(output))
            {
                RulePaths = result.GetValue(rules) ?? [],
                Trace = result.GetValue(trace),
                DeadLetterPath = result.GetValue(deadLetters)!,
                DedupeWindow = TimeSpan.FromMinutes(result.GetValue(dedupeWindow)),
            };
            return ReplaySession.RunAsync(settings, cancellationToken);
        });
        return command;
    }
}
