using ActivityAware.Core.Rendering;
using ActivityAware.Testing.Alerts;

namespace ActivityAware.Core.Tests.Rendering;

public sealed class EmailMessageRendererTests
{
    [Fact]
    public void Render_HostileHtml_EncodedInHtmlPartKeptInTextPart()
    {
        var input = AccessDeniedRecordBuilder.AccessDenied().With("userAgent", HostileValues.Html).Enriched();

        var email = new EmailMessageRenderer().Render(input, ["sec@example.com"]);

        Assert.DoesNotContain("<script>", email.Html);
        Assert.DoesNotContain("<img", email.Html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", email.Html);
        Assert.Contains("&quot;quoted&quot;", email.Html);
        Assert.Contains("User agent: " + HostileValues.Html, email.Text);
        Assert.Equal(["sec@example.com"], email.To);
    }

    [Fact]
    public void Render_LineBreaksInTitle_SubjectStaysOneLine()
    {
        var input = AccessDeniedRecordBuilder.AccessDenied().With("eventName", HostileValues.HeaderInjection + new string('x', 500)).Enriched();

        var subject = new EmailMessageRenderer().Render(input, ["sec@example.com"]).Subject;

        Assert.DoesNotContain('\r', subject);
        Assert.DoesNotContain('\n', subject);
        Assert.StartsWith("[Activity Aware] [MEDIUM] Access denied: ok  Bcc:", subject);
        Assert.True(subject.Length <= EmailMessageRenderer.SubjectLimit);
    }
}
