using System.Text.RegularExpressions;
using Cms.Display.Markdown;

namespace Cms.Display.Tests.Hardening;

/// <summary>Issue 16, item 7: the patterns run over whole bodies are linear or bounded by a timeout.</summary>
public sealed class Item07RegexTimeoutTests : IDisposable
{
    private const int FourMegabytes = 4 * 1024 * 1024;
    private readonly DisplayHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    public static TheoryData<string> Patterns()
    {
        var data = new TheoryData<string>();
        foreach (var pattern in LiquidInBody.Patterns.Concat(KramdownAttributes.Patterns)) data.Add(pattern.ToString());
        return data;
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Item07_every_body_pattern_is_linear_or_has_a_match_timeout(string text)
    {
        var pattern = LiquidInBody.Patterns.Concat(KramdownAttributes.Patterns).First(p => p.ToString() == text);
        Assert.True(
            pattern.Options.HasFlag(RegexOptions.NonBacktracking) || pattern.MatchTimeout != Regex.InfiniteMatchTimeout,
            $"« {text} » backtracks without a timeout.");
    }

    [Theory]
    [InlineData("{% ")]
    [InlineData("{{ ")]
    [InlineData("{: ")]
    [InlineData("``a")]
    public void Item07_a_4_MB_body_of_unclosed_markup_is_rendered(string unit)
    {
        var body = string.Concat(Enumerable.Repeat(unit, FourMegabytes / unit.Length));
        var stripped = LiquidInBody.Strip(body);
        Assert.Equal(body, stripped);
        var lists = new List<AttributeList>();
        Assert.Equal(body, KramdownAttributes.Extract(body, lists));
        Assert.Empty(lists);
    }

    [Fact]
    public void Item07_closed_tags_are_still_removed()
    {
        Assert.Equal("a  b  c", LiquidInBody.Strip("a {% include x.html %} b {{ page.title }} c"));
        Assert.Equal("`{% garde %}`", LiquidInBody.Strip("`{% garde %}`"));
    }
}
