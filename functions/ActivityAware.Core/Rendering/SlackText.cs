using System.Text;

namespace ActivityAware.Core.Rendering;

/// <summary>
/// Makes untrusted text inert in Slack mrkdwn: <c>&amp; &lt; &gt;</c> become entities (no <c>&lt;!channel&gt;</c>, no <c>&lt;url|label&gt;</c> links),
/// the value sits in an inline code span (no *bold*, _italic_, ~strike~), backticks and line breaks that would end the span are replaced,
/// and <c>@here</c>/<c>@channel</c>/<c>@everyone</c> get a zero-width space. Output is cut to a length limit without splitting an entity.
/// </summary>
public static class SlackText
{
    private const char ZeroWidthSpace = '\u200B';
    private static readonly string[] Broadcasts = ["here", "channel", "everyone"];

    public static string Code(string value, int maxLength) => "`" + Escape(value, maxLength - 2, inCode: true) + "`";

    public static string Escape(string value, int maxLength) => Escape(value, maxLength, inCode: false);

    private static string Escape(string value, int maxLength, bool inCode)
    {
        var builder = new StringBuilder(Math.Min(value.Length, maxLength));
        for (var i = 0; i < value.Length; i++)
        {
            var unit = Unit(value, i, inCode);
            if (builder.Length + unit.Length > maxLength - 1)
            {
                builder.Append('…');
                break;
            }
            builder.Append(unit);
        }
        return builder.ToString();
    }

    private static string Unit(string value, int i, bool inCode) => value[i] switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '`' when inCode => "ˋ",
        '\r' or '\n' when inCode => " ",
        '@' when Broadcasts.Any(b => string.Compare(value, i + 1, b, 0, b.Length, StringComparison.OrdinalIgnoreCase) == 0) => "@" + ZeroWidthSpace,
        var c => c.ToString(),
    };
}
