using System.Text.Json;
using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Definition;
using ActivityAware.Local.Asl.Execution;
using ActivityAware.Local.Asl.Mocking;
using ActivityAware.Local.Asl.Tasks;

namespace ActivityAware.Local.Asl.Cli;

/// <summary>
/// <c>asl run</c>: loads a definition with substitutions, binds the mock config test case, runs one execution and prints its
/// output (exit 0) or <c>{"error","cause"}</c> (exit 3). Bad files or arguments print a message on stderr (exit 1 or 2).
/// </summary>
public static class AslRunHandler
{
    public static async Task<int> RunAsync(AslRunArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var substitutions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in args.Substitutions)
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                await stderr.WriteLineAsync($"error: --substitute '{pair}' must be KEY=VALUE");
                return ExitCodes.UsageError;
            }
            substitutions[pair[..eq]] = pair[(eq + 1)..];
        }
        if ((args.MockConfigPath is null) != (args.TestCase is null))
        {
            await stderr.WriteLineAsync("error: --mock-config and --test-case go together");
            return ExitCodes.UsageError;
        }
        try
        {
            var definition = StateMachineLoader.LoadFile(args.DefinitionPath, substitutions);
            var input = args.InputPath is null ? new JsonObject() : ReadInput(args.InputPath);
            var mocker = args.MockConfigPath is null ? null : StepFunctionsMockConfig.LoadFile(args.MockConfigPath).TestCase(definition.Name, args.TestCase!);
            var bindings = new InterpreterBindings
            {
                Mocker = mocker,
                Sqs = args.SqsFile is null ? null : new JsonLinesSqsSink(args.SqsFile, TimeProvider.System),
                S3 = UsesS3(definition) ? new SdkS3ObjectStore(Input.S3ClientFactory.Create(Environment.GetEnvironmentVariable)) : null,
                CheckTasksAtLoad = mocker is null,
                Waiter = args.SkipWaits ? new SkippingWaiter() : null,
                Observer = args.Trace ? new TraceWriter(stderr) : null,
            };
            var interpreter = new StateMachineInterpreter(definition, bindings);
            var result = await interpreter.ExecuteAsync(input, new ExecutionOptions(), cancellationToken);
            if (result.Succeeded)
            {
                await stdout.WriteLineAsync(AslJson.Serialize(result.Output));
                return ExitCodes.Success;
            }
            await stdout.WriteLineAsync(AslJson.Serialize(result.ErrorJson()));
            return ExitCodes.ExecutionFailed;
        }
        catch (Exception e) when (e is AslDefinitionException or MockConfigException or IOException or UnauthorizedAccessException or InputFileException)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.InputFailed;
        }
    }

    /// <summary>A Distributed Map's ItemReader or ResultWriter reaches S3 (through AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL when set).</summary>
    private static bool UsesS3(StateMachineDefinition definition) =>
        definition.AllStates().Any(s => s.Distributed is { ItemReader: not null } or { ResultWriter: not null });

    private static JsonNode? ReadInput(string path)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InputFileException($"{path}: the input is not valid JSON: {e.Message}", e);
        }
    }
}
