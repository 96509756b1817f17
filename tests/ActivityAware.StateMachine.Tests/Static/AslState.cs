using System.Text.Json.Nodes;

namespace ActivityAware.StateMachine.Tests.Static;

/// <summary>A state of an ASL definition: its name, its JSON, and the States map it lives in (top level or a Map's ItemProcessor).</summary>
public sealed record AslState(string ScopeLocation, string Name, JsonObject Body, JsonObject Scope)
{
    public string Location => $"{ScopeLocation}.States['{Name}']";

    public string? Type => Body["Type"]?.GetValue<string>();

    public string? Resource => Body["Resource"]?.GetValue<string>();

    public bool IsLambdaInvoke => Type == "Task" && Resource == "arn:aws:states:::lambda:invoke";

    /// <summary>The <c>${…Arn}</c> placeholder a lambda:invoke task calls, e.g. <c>${SendEmailFunctionArn}</c>.</summary>
    public string? FunctionName => Body["Parameters"]?["FunctionName"]?.GetValue<string>();

    public IEnumerable<JsonObject> Retriers => (Body["Retry"] as JsonArray ?? []).OfType<JsonObject>();

    public IEnumerable<JsonObject> Catchers => (Body["Catch"] as JsonArray ?? []).OfType<JsonObject>();

    public AslState? Sibling(string? name) =>
        name is not null && Scope["States"]?[name] is JsonObject body ? new AslState(ScopeLocation, name, body, Scope) : null;
}
