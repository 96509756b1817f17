using ActivityAware.Core.Rendering;

namespace ActivityAware.Core.Tests.Rendering;

public sealed class SlackTextTests
{
    [Theory]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("<@U123>", "&lt;@U123&gt;")]
    [InlineData("hi @channel and @Everyone", "hi @\u200Bchannel and @\u200BEveryone")]
    [InlineData("mail me@example.com", "mail me@example.com")]
    public void Escape_Value_NeutralisesControlSequences(string value, string expected)
    {
        Assert.Equal(expected, SlackText.Escape(value, 100));
    }

    [Fact]
    public void Escape_CutInsideEntity_DropsWholeEntity()
    {
        Assert.Equal("ab…", SlackText.Escape("ab<cd", 6));
    }

    [Fact]
    public void Code_BacktickAndNewline_CannotCloseSpan()
    {
        Assert.Equal("`a ˋ*b*ˋ c`", SlackText.Code("a `*b*`\nc", 100));
    }
}
