using System.CommandLine;
using ActivityAware.Local.Rules;

namespace ActivityAware.Local.Commands;

/// <summary><c>rules validate|test|list|pattern</c>: check, exercise and inspect the default pack plus users' rule files.</summary>
public static class RulesCommand
{
    public static Command Create()
    {
        var command = new Command("rules", "Validate, test, list rules and print the EventBridge pushdown pattern.");
        command.Subcommands.Add(Sub("validate", "Check rule files (file or folder); exit 1 listing every error with file:line:column.", RulesRunner.Validate, required: true));
        command.Subcommands.Add(Sub("test", "Run every rule's embedded examples (default pack plus the given files) and print pass/fail.", RulesRunner.Test, required: false));
        command.Subcommands.Add(Sub("list", "List rules: id, severity, category, title.", RulesRunner.List, required: false));
        command.Subcommands.Add(Sub("pattern", "Print the EventBridge pushdown pattern of the enabled rules.", RulesRunner.Pattern, required: false));
        return command;
    }

    private static Command Sub(string name, string description, Func<IReadOnlyList<string>, TextWriter, TextWriter, int> run, bool required)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Rule files or folders applied on top of the default pack (override by id, add, or disable).",
            Arity = required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
        };
        var rules = new Option<string[]>("--rules") { Description = "Same as the paths argument; repeatable.", AllowMultipleArgumentsPerToken = true };
        var command = new Command(name, description);
        command.Arguments.Add(paths);
        command.Options.Add(rules);
        command.SetAction((ParseResult result, CancellationToken _) =>
        {
            var all = (result.GetValue(paths) ?? []).Concat(result.GetValue(rules) ?? []).ToList();
            return Task.FromResult(run(all, Console.Out, Console.Error));
        });
        return command;
    }
}
