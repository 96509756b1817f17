using System.CommandLine;
using ActivityAware.Local.Asl.Cli;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.Graph;

namespace ActivityAware.Local.Commands;

/// <summary><c>asl run</c> (run any definition in the in-process interpreter, tasks from a mock config) and <c>asl graph</c> (Mermaid).</summary>
public static class AslCommand
{
    public static Command Create()
    {
        var asl = new Command("asl", "Run or draw an Amazon States Language definition with the local interpreter.");
        asl.Subcommands.Add(CreateRun());
        asl.Subcommands.Add(CreateGraph());
        return asl;
    }

    private static Command CreateRun()
    {
        var definition = new Argument<string>("definition") { Description = "The definition file (<name>.asl.json)." };
        var input = new Option<string?>("--input") { Description = "Execution input JSON file (default {})." };
        var mockConfig = new Option<string?>("--mock-config") { Description = "Step Functions Local mock config file." };
        var testCase = new Option<string?>("--test-case") { Description = "Test case of the mock config (StateMachines.<name>.TestCases.<case>)." };
        var substitute = new Option<string[]>("--substitute")
        {
            Description = "KEY=VALUE for a ${KEY} placeholder; repeatable.",
            DefaultValueFactory = _ => [],
            AllowMultipleArgumentsPerToken = false,
        };
        var trace = new Option<bool>("--trace") { Description = "Write every execution event as a JSON line to stderr." };
        var skipWaits = new Option<bool>("--skip-waits") { Description = "Do not sleep for Wait states and Retry backoff." };
        var sqsFile = new Option<string?>("--sqs-file") { Description = "Append sqs:sendMessage messages to this JSON Lines file." };
        var run = new Command("run", "Run a definition; prints the output JSON, or {\"error\",\"cause\"} with exit code 3 when the execution fails.");
        run.Arguments.Add(definition);
        foreach (var option in new Option[] { input, mockConfig, testCase, substitute, trace, skipWaits, sqsFile })
            run.Options.Add(option);
        run.SetAction(async (ParseResult r, CancellationToken ct) => await AslRunHandler.RunAsync(
            new AslRunArguments(r.GetValue(definition)!, r.GetValue(input), r.GetValue(mockConfig), r.GetValue(testCase),
                r.GetValue(substitute) ?? [], r.GetValue(trace), r.GetValue(skipWaits), r.GetValue(sqsFile)),
            Console.Out, Console.Error, ct));
        return run;
    }

    private static Command CreateGraph()
    {
        var definition = new Argument<string>("definition") { Description = "The definition file (<name>.asl.json)." };
        var substitute = new Option<string[]>("--substitute") { Description = "KEY=VALUE for a ${KEY} placeholder; repeatable.", DefaultValueFactory = _ => [] };
        var graph = new Command("graph", "Print the definition as a Mermaid flowchart.");
        graph.Arguments.Add(definition);
        graph.Options.Add(substitute);
        graph.SetAction((ParseResult r) =>
        {
            try
            {
                var path = r.GetValue(definition)!;
                var pairs = (r.GetValue(substitute) ?? []).Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
                var placeholders = new DefinitionPlaceholders(File.ReadAllText(path));
                foreach (var key in placeholders.Keys.Where(k => !pairs.ContainsKey(k)))
                    pairs[key] = "${" + key + "}";
                Console.Out.Write(MermaidGraphRenderer.Render(StateMachineLoader.LoadFile(path, pairs)));
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is AslDefinitionException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.InputFailed;
            }
        });
        return graph;
    }
}
