using System.Text.Json;
using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Rendering;
using ActivityAware.Testing.Alerts;

namespace ActivityAware.Core.Tests.Rendering;

public sealed class SlackMessageRendererTests
{
    [Fact]
    public void Render_HostileUserAgent_NoMentionLinkOrFormattingSurvives()
    {
        var input = AccessDeniedRecordBuilder.AccessDenied().With("userAgent", HostileValues.SlackUserAgent).Enriched();

        var texts = Texts(new SlackMessageRenderer().Render(input));
        var agent = Assert.Single(texts, t => t.StartsWith("*User agent*", StringComparison.Ordinal));

        Assert.All(texts, t => Assert.DoesNotContain("<!channel>", t));
        Assert.All(texts, t => Assert.DoesNotContain("<https://evil.example|click>", t));
        Assert.All(texts, t => Assert.DoesNotContain("@here", t));
        Assert.Equal("*User agent*\n`&lt;!channel&gt; *pwned* &lt;https://evil.example|click&gt; @\u200Bhere ˋcodeˋ ~x~ _y_`", agent);
    }

    [Fact]
    public void Render_IamEnrichment_ShowsAliasTagsAndBoundaryEscaped()
    {
        var basic = AccessDeniedRecordBuilder.AccessDenied().Enriched();
        var input = basic with
        {
            Enrichment = basic.Enrichment! with
            {
                AccountAlias = "acme-prod",
                PrincipalTags = new Dictionary<string, string> { ["team"] = "payments", ["owner"] = "<!channel> *x*" },
                PermissionsBoundaryArn = "arn:aws:iam::123456789012:policy/DeveloperBoundary",
                Source = "iam",
            },
        };

        var texts = Texts(new SlackMessageRenderer().Render(input));

        Assert.Contains("*Account*\n`123456789012 (acme-prod)`".Replace("\\n", "\n"), texts);
        Assert.Contains("*Principal tags*\n`owner=&lt;!channel&gt; *x*, team=payments`".Replace("\\n", "\n"), texts);
        Assert.Contains("*Permissions boundary*\n`arn:aws:iam::123456789012:policy/DeveloperBoundary`".Replace("\\n", "\n"), texts);
    }

    [Fact]
    public void Render_HostileValueInTitle_HeaderEscapedAndWithinLimit()
    {
        var input = AccessDeniedRecordBuilder.AccessDenied().With("eventName", "<!channel>" + new string('A', 400)).Enriched();

        using var message = JsonDocument.Parse(new SlackMessageRenderer().Render(input));
        var header = message.RootElement.GetProperty("blocks")[0];
        var text = header.GetProperty("text").GetProperty("text").GetString()!;

        Assert.Equal("header", header.GetProperty("type").GetString());
        Assert.True(text.Length <= SlackMessageRenderer.HeaderLimit, $"header has {text.Length} characters");
        Assert.StartsWith("[MEDIUM] Access denied: &lt;!channel&gt;AAA", text);
        Assert.EndsWith("…", text);
    }

    [Fact]
    public void Render_HugeValues_EveryTextWithinSlackLimits()
    {
        var huge = string.Concat(Enumerable.Repeat("<&>", 1000));
        var input = AccessDeniedRecordBuilder.AccessDenied().With("userAgent", huge).With("errorMessage", huge).With("sourceIPAddress", huge).Enriched();

        using var message = JsonDocument.Parse(new SlackMessageRenderer().Render(input));
        var blocks = message.RootElement.GetProperty("blocks");
        var fields = blocks.EnumerateArray().Where(b => b.TryGetProperty("fields", out _)).SelectMany(b => b.GetProperty("fields").EnumerateArray()).ToList();

        Assert.InRange(fields.Count, 1, SlackMessageRenderer.MaxFields);
        Assert.All(fields, f => Assert.InRange(f.GetProperty("text").GetString()!.Length, 1, SlackMessageRenderer.FieldLimit));
        Assert.All(Texts(message.RootElement.GetRawText()), t => Assert.InRange(t.Length, 1, SlackMessageRenderer.SectionLimit));
        Assert.All(Texts(message.RootElement.GetRawText()), t => Assert.DoesNotMatch("&(a|am|l|g)?…", t));
    }

    [Fact]
    public void Render_DenialWithSuggestion_IncludesPolicyAndDedupeNote()
    {
        var input = AccessDeniedRecordBuilder.AccessDenied().Enriched(new DedupeDecision("k", false, 7, false));
        var texts = Texts(new SlackMessageRenderer().Render(input));

        Assert.Contains(texts, t => t.Contains("*Suggested policy statement*", StringComparison.Ordinal) && t.Contains("s3:GetObject", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("7 similar alert(s) were suppressed", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("*Denial reason*\n`no-identity-policy", StringComparison.Ordinal));
    }

    /// <summary>Every "text" string anywhere in the message.</summary>
    private static List<string> Texts(string json)
    {
        var texts = new List<string>();
        using var document = JsonDocument.Parse(json);
        Collect(document.RootElement, texts);
        return texts;
    }

    private static void Collect(JsonElement element, List<string> texts)
    {
        if (element.ValueKind == JsonValueKind.Array)
            foreach (var item in element.EnumerateArray()) Collect(item, texts);
        if (element.ValueKind != JsonValueKind.Object) return;
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name == "text" && property.Value.ValueKind == JsonValueKind.String) texts.Add(property.Value.GetString()!);
            else Collect(property.Value, texts);
        }
    }
}
