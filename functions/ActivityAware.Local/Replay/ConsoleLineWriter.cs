using System.Text;
using Spectre.Console;

namespace ActivityAware.Local.Replay;

/// <summary>
/// Diagnostics written through the console that shows the progress display, so they appear above it instead of being torn
/// by its redraws. Used only when stdout and stderr are both the terminal; otherwise diagnostics go to stderr as such.
/// </summary>
public sealed class ConsoleLineWriter(IAnsiConsole console) : TextWriter
{
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            console.MarkupLine($"[red]{Markup.Escape(_line.ToString().TrimEnd('\r'))}[/]");
            _line.Clear();
        }
        else
        {
            _line.Append(value);
        }
    }

    public override void WriteLine(string? value)
    {
        _line.Append(value);
        Write('\n');
    }
}
