namespace ActivityAware.Core.Tests.Rendering;

/// <summary>Field values an attacker can put into a CloudTrail record (userAgent, errorMessage, session names are free text).</summary>
internal static class HostileValues
{
    public const string SlackUserAgent = "<!channel> *pwned* <https://evil.example|click> @here `code` ~x~ _y_";
    public const string Html = "<script>alert(1)</script><img src=x onerror=alert(2)> & \"quoted\"";
    public const string HeaderInjection = "ok\r\nBcc: victim@example.com\r\n";
}
