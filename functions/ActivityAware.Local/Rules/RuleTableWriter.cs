using Spectre.Console;

namespace ActivityAware.Local.Rules;

/// <summary>Writes a table: a Spectre.Console table on a terminal, tab-separated lines when output is redirected.</summary>
public static class RuleTableWriter
{
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        if (ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected)
        {
            var table = new Table().AddColumns(headers.Select(h => new TableColumn(h)).ToArray());
            foreach (var row in rows) table.AddRow(row.Select(Markup.Escape).ToArray());
            AnsiConsole.Write(table);
            return;
        }
        output.WriteLine(string.Join('\t', headers));
        foreach (var row in rows) output.WriteLine(string.Join('\t', row));
    }
}
