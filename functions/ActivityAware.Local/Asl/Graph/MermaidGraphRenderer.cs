using System.Text;
using ActivityAware.Local.Asl.Definition;

namespace ActivityAware.Local.Asl.Graph;

/// <summary>
/// Renders a definition as a Mermaid <c>flowchart TD</c>: Next and Choice edges (labelled with the rule), Catch edges dashed and
/// labelled with the error names, Map and Parallel states as subgraphs holding their nested states.
/// </summary>
public sealed class MermaidGraphRenderer
{
    private readonly StringBuilder _out = new();
    private readonly Dictionary<(string Scope, string Name), string> _ids = [];

    public static string Render(StateMachineDefinition definition)
    {
        var renderer = new MermaidGraphRenderer();
        renderer._out.Append("flowchart TD\n");
        renderer._out.Append("    start((Start))\n    finish((End))\n");
        renderer.RenderGraph(definition.Graph, "", "    ");
        renderer._out.Append($"    start --> {renderer.Id("", definition.Graph.StartAt)}\n");
        renderer.RenderEdges(definition.Graph, "", "finish", "    ");
        return renderer._out.ToString();
    }

    private void RenderGraph(StateGraph graph, string scope, string indent)
    {
        foreach (var state in graph.States.Values)
        {
            var id = Id(scope, state.Name);
            var label = Escape(state.Name);
            switch (state.Type)
            {
                case StateType.Map:
                    _out.Append($"{indent}subgraph {id} [\"{label} (Map)\"]\n");
                    RenderNested(state.ItemProcessor!, $"{scope}/{state.Name}", id, indent + "    ");
                    _out.Append($"{indent}end\n");
                    break;
                case StateType.Parallel:
                    _out.Append($"{indent}subgraph {id} [\"{label} (Parallel)\"]\n");
                    for (var i = 0; i < state.Branches.Count; i++)
                    {
                        var branchId = $"{id}_b{i}";
                        _out.Append($"{indent}    subgraph {branchId} [\"Branch {i + 1}\"]\n");
                        RenderNested(state.Branches[i], $"{scope}/{state.Name}[{i}]", branchId, indent + "        ");
                        _out.Append($"{indent}    end\n");
                    }
                    _out.Append($"{indent}end\n");
                    break;
                case StateType.Choice:
                    _out.Append($"{indent}{id}{{\"{label}\"}}\n");
                    break;
                case StateType.Succeed or StateType.Fail:
                    _out.Append($"{indent}{id}([\"{label}\"])\n");
                    break;
                default:
                    _out.Append($"{indent}{id}[\"{label}\"]\n");
                    break;
            }
        }
    }

    private void RenderNested(StateGraph graph, string scope, string ownerId, string indent)
    {
        var startId = $"{ownerId}_start";
        _out.Append($"{indent}{startId}(( ))\n");
        RenderGraph(graph, scope, indent);
        _out.Append($"{indent}{startId} --> {Id(scope, graph.StartAt)}\n");
        RenderEdges(graph, scope, null, indent);
    }

    private void RenderEdges(StateGraph graph, string scope, string? endId, string indent)
    {
        foreach (var state in graph.States.Values)
        {
            var id = Id(scope, state.Name);
            if (state.Next is not null)
                _out.Append($"{indent}{id} --> {Id(scope, state.Next)}\n");
            foreach (var choice in state.Choices)
                _out.Append($"{indent}{id} -->|\"{Escape(choice.Label)}\"| {Id(scope, choice.Next)}\n");
            if (state.Default is not null)
                _out.Append($"{indent}{id} -->|Default| {Id(scope, state.Default)}\n");
            foreach (var catcher in state.Catch)
                _out.Append($"{indent}{id} -.->|\"{Escape(string.Join(", ", catcher.ErrorEquals))}\"| {Id(scope, catcher.Next)}\n");
            if (endId is not null && (state.End || state.Type == StateType.Succeed) && state.Type != StateType.Fail)
                _out.Append($"{indent}{id} --> {endId}\n");
        }
    }

    private string Id(string scope, string name)
    {
        if (!_ids.TryGetValue((scope, name), out var id))
        {
            id = $"s{_ids.Count + 1}";
            _ids[(scope, name)] = id;
        }
        return id;
    }

    private static string Escape(string text) => text.Replace("\"", "#quot;", StringComparison.Ordinal).Replace("|", "#124;", StringComparison.Ordinal);
}
