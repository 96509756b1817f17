using System.Text.Json;
using ActivityAware.Core.Json;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Rules;
using ActivityAware.Functions.Hosting;

namespace ActivityAware.Functions;

/// <summary>"Normalize event": any input shape → <see cref="NormalizeOutput"/>. Input that is not a CloudTrail event → <see cref="UnsupportedEventShapeException"/>.</summary>
public sealed class NormalizeFunction(NormalizeStep step, StepLog log)
{
    public NormalizeFunction()
        : this(new NormalizeStep(new RuleEngine(RuleSettings.FromEnvironment(FunctionEnvironment.Process), includeThresholdRules: true), new EventNormalizer()), StepLog.FromEnvironment(FunctionEnvironment.Process, nameof(NormalizeFunction))) { }

    public async Task<Stream> Handle(Stream input)
    {
        JsonDocument document;
        try { document = await FunctionsJson.ParseAsync(input); }
        catch (JsonException e) { throw new UnsupportedEventShapeException($"input is not JSON: {e.Message}"); }
        using (document)
        {
            var output = step.Run(document.RootElement);
            log.Info(output.Matched ? "matched" : "no match", output.Alert?.Event.EventId, LeadRule.IdOf(output.Alert), output.Reason);
            return FunctionsJson.Write(output, CoreJsonContext.Default.NormalizeOutput);
        }
    }
}
