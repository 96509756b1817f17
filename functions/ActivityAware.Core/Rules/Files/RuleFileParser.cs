using System.Text.RegularExpressions;
using ActivityAware.Core.Rules.Patterns;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ActivityAware.Core.Rules.Files;

/// <summary>
/// Parses one rule file strictly: unknown fields and operators, bad severities, categories, durations and ids are errors
/// with file:line:column, what is wrong and what is allowed. A file holds one rule, a <c>disable:</c> list, or both.
/// </summary>
public static partial class RuleFileParser
{
    public static readonly IReadOnlyList<string> TopLevelFields =
    [
        "id", "title", "severity", "category", "description", "runbook", "match", "exceptions", "dedupe", "threshold",
        "tags", "examples", "disable",
    ];

    private static readonly string[] RequiredFields = ["id", "title", "severity", "category", "description", "runbook", "match"];
    private static readonly string[] Severities = ["info", "low", "medium", "high", "critical"];

    /// <param name="file">The name used in error messages; its file name (without extension) must equal the rule id.</param>
    public static RuleFileParseResult Parse(string file, string text)
    {
        var reader = new RuleFieldReader(file);
        PatternNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count != 1)
            {
                reader.Error(new SourcePosition(1, 1), $"a rule file holds exactly one YAML document; found {stream.Documents.Count}");
                return new RuleFileParseResult(null, [], reader.Errors, default);
            }
            root = YamlPatternNodeReader.Read(stream.Documents[0].RootNode);
        }
        catch (YamlException e)
        {
            reader.Error(new SourcePosition((int)e.Start.Line, (int)e.Start.Column), $"invalid YAML: {e.InnerException?.Message ?? e.Message}");
            return new RuleFileParseResult(null, [], reader.Errors, default);
        }
        var fields = reader.Fields(root, "a rule file", TopLevelFields);
        var disabled = fields.TryGetValue("disable", out var disable)
            ? reader.List(disable.Value, "disable", n => reader.Matching(n, "disable", IdSyntax(), IdExpectation) is { } id
                ? new Tuple<string, SourcePosition>(id, n.Position) : null).Select(t => (t.Item1, t.Item2)).ToList()
            : [];
        if (fields.Count == 0 || (fields.Count == 1 && disable is not null))
            return new RuleFileParseResult(null, disabled, reader.Errors, default);

        foreach (var required in RequiredFields.Where(r => !fields.ContainsKey(r)))
            reader.Error(root.Position, $"missing required field '{required}'");
        var rule = ReadRule(file, fields, reader);
        var idPosition = fields.TryGetValue("id", out var idField) ? idField.Value.Position : default;
        return new RuleFileParseResult(reader.Errors.Count == 0 ? rule : null, disabled, reader.Errors, idPosition);
    }

    private const string IdExpectation = "a dotted id such as AWS.CloudTrail.StopLogging (letters, digits, '-', '_')";

    private static Rule? ReadRule(string file, Dictionary<string, PatternProperty> fields, RuleFieldReader reader)
    {
        string? Get(string name, Func<PatternNode, string?> read) => fields.TryGetValue(name, out var p) ? read(p.Value) : null;

        var id = Get("id", n => reader.Matching(n, "id", IdSyntax(), IdExpectation));
        if (id is not null && !string.Equals(Path.GetFileNameWithoutExtension(file), id, StringComparison.Ordinal))
            reader.Error(fields["id"].Value.Position, $"rule '{id}' must be in a file named {id}.yaml");
        var title = Get("title", n => reader.Text(n, "title", oneLine: true));
        var severity = Get("severity", n => reader.OneOf(n, "severity", Severities));
        var category = Get("category", n => reader.OneOf(n, "category", RuleCategories.All));
        var description = Get("description", n => reader.Text(n, "description", oneLine: true));
        var runbook = Get("runbook", n => reader.Text(n, "runbook", oneLine: false));
        var match = fields.TryGetValue("match", out var m) ? CompilePattern(m.Value, reader) : null;
        if (match is not null) RequirePinnedCallForPolicy(match, m!.Value, reader);
        var exceptions = fields.TryGetValue("exceptions", out var ex)
            ? reader.List(ex.Value, "exceptions", n => CompilePattern(n, reader))
            : [];
        var dedupe = fields.TryGetValue("dedupe", out var d) ? RuleSectionReader.Dedupe(d.Value, reader) : null;
        var threshold = fields.TryGetValue("threshold", out var t) ? RuleSectionReader.Threshold(t.Value, reader) : null;
        var tags = fields.TryGetValue("tags", out var tg)
            ? reader.List(tg.Value, "tags", n => reader.Matching(n, "tags", AttackIdSyntax(), "a MITRE ATT&CK id such as T1078 or T1562.008"))
            : [];
        var examples = fields.TryGetValue("examples", out var e) ? RuleSectionReader.Examples(e.Value, reader) : [];
        if (id is null || title is null || severity is null || category is null || description is null || runbook is null || match is null)
            return null;
        return new Rule(id, title, Enum.Parse<Severity>(severity, ignoreCase: true), category, description, runbook, match,
            exceptions, dedupe, threshold, tags, examples, file);
    }

    private static EventPattern? CompilePattern(PatternNode node, RuleFieldReader reader)
    {
        var errors = new List<PatternError>();
        var pattern = EventPatternCompiler.Compile(node, errors, ruleOperators: true);
        foreach (var error in errors) reader.Error(error.Position, error.Message);
        return pattern;
    }

    /// <summary>
    /// A policy is analysed only for the calls a rule names, never for every record, and the pushdown (which keeps only
    /// eventSource, eventName and errorCode) must still narrow such a rule: so its match pins one of the two to exact values.
    /// </summary>
    private static void RequirePinnedCallForPolicy(EventPattern match, PatternNode node, RuleFieldReader reader)
    {
        if (!match.ReadsPolicy) return;
        if (match.Conditions.Any(c => c.Path is "eventSource" or "eventName" && c.IsExactStringsOnly)) return;
        reader.Error(node.Position,
            "a match using 'public-policy' must list exact eventSource or eventName values at its top level, so the policy is read only for those calls");
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9][A-Za-z0-9_-]*)+$")]
    private static partial Regex IdSyntax();

    [GeneratedRegex(@"^T[0-9]{4}(\.[0-9]{3})?$")]
    private static partial Regex AttackIdSyntax();
}
