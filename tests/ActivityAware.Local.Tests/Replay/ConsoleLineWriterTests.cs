using ActivityAware.Local.Replay;
using Spectre.Console;

namespace ActivityAware.Local.Tests.Replay;

public sealed class ConsoleLineWriterTests
{
    [Fact]
    public void WriteLine_TextWithMarkup_IsWrittenLiterallyAsOneLine()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
        using var writer = new ConsoleLineWriter(console);

        writer.WriteLine("error: f.json:1 [bold]x[/]");
        writer.Write("partial");

        Assert.Equal("error: f.json:1 [bold]x[/]\n", output.ToString().Replace("\r\n", "\n"));
    }
}
