using Cms.Abstractions.Content;

namespace Cms.Display.Tests.Hardening;

/// <summary>Issue 16, item 6: raw HTML nested deep in a body is neither parsed nor sanitized, a notice is shown.</summary>
public sealed class Item06DeepHtmlTests : IDisposable
{
    private readonly DisplayHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void Item06_a_body_nested_400000_levels_deep_renders_a_notice_at_once()
    {
        const int depth = 400_000;
        var body = "Texte\n\n" + string.Concat(Enumerable.Repeat("<div>", depth)) + "x" + string.Concat(Enumerable.Repeat("</div>", depth));
        var html = _harness.Markdown.ToHtml(body);
        Assert.Contains($"imbriquées sur plus de {HtmlNesting.MaxDepth} niveaux", html);
    }

    [Fact]
    public void Item06_ordinary_html_still_renders()
    {
        var nested = string.Concat(Enumerable.Repeat("<div>", 20)) + "x" + string.Concat(Enumerable.Repeat("</div>", 20));
        Assert.DoesNotContain("imbriquées", _harness.Markdown.ToHtml(nested));
    }

    [Theory]
    [InlineData("<ul><li>un<li>deux<li>trois</ul>", false)]
    [InlineData("voir <https://www.example.gouv.fr> ou <contact@example.gouv.fr> ; 3 < 4", false)]
    [InlineData("<br><img src=x><hr/>", false)]
    public void Item06_nesting_is_measured_as_html_nests(string html, bool exceeds) =>
        Assert.Equal(exceeds, HtmlNesting.Exceeds(html, limit: 1));

    [Fact]
    public void Item06_the_limit_is_exact()
    {
        string Nest(int n) => string.Concat(Enumerable.Repeat("<span>", n)) + string.Concat(Enumerable.Repeat("</span>", n));
        Assert.False(HtmlNesting.Exceeds(Nest(HtmlNesting.MaxDepth)));
        Assert.True(HtmlNesting.Exceeds(Nest(HtmlNesting.MaxDepth + 1)));
        Assert.False(HtmlNesting.Exceeds(string.Concat(Enumerable.Repeat(Nest(50), 1000))));
    }
}
