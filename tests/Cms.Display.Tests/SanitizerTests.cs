using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Cms.Abstractions.Display;

namespace Cms.Display.Tests;

/// <summary>Known XSS payloads, in the body (MarkdownBodyPart), the lead (MarkdownField) and practical information.</summary>
public sealed class SanitizerTests : IDisposable
{
    private readonly DisplayHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    public static TheoryData<string> Payloads =>
    [
        "<script>alert('xss')</script>",
        "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"x\" onerror=\"alert(1)\"/>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<a href=\"javascript:alert(1)\">clic</a>",
        "[clic](javascript:alert(1))",
        "<a href=\"jav&#x09;ascript:alert(1)\">clic</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">clic</a>",
        "<a href=\" JaVaScRiPt:alert(1)\">clic</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">clic</a>",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<div style=\"width: expression(alert(1))\">x</div>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<body onload=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<a href=\"#\" onclick=\"alert(1)\">clic</a>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "[clic](https://exemple.fr){: onclick=\"alert(1)\"}",
        "<p {{ site.x }} onmouseover=alert(1)>x</p>",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Payload_in_markdown_is_neutralised(string payload) => AssertSafe(_harness.Markdown.ToHtml("Avant\n\n" + payload + "\n\nAprès"));

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Payload_in_body_lead_and_practical_information_is_neutralised(string payload)
    {
        var item = Items.Make("Event", "Évènement", "agenda/evenement", markdown: payload);
        item.Part("Event")["Lead"] = new JsonObject { ["Markdown"] = payload };
        item.Part("Event")["Venue"] = new JsonObject { ["Text"] = payload };
        item.Part("InfoFields")["ContentItems"] = new JsonArray(new JsonObject
        {
            ["ContentType"] = "InfoField",
            ["InfoField"] = new JsonObject
            {
                ["Label"] = new JsonObject { ["Text"] = payload },
                ["Content"] = new JsonObject { ["Markdown"] = payload },
                ["Link"] = new JsonObject { ["Url"] = "javascript:alert(1)", ["Text"] = payload },
            },
        });
        var html = await _harness.Renderer.RenderContentAsync(item, "Detail", new PageMeta());
        AssertSafe(html);
    }

    [Fact]
    public void Video_iframes_from_allowed_hosts_are_kept()
    {
        var html = _harness.Markdown.ToHtml("<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" onload=\"alert(1)\"></iframe>");
        Assert.Contains("<iframe src=\"https://www.youtube-nocookie.com/embed/abc\"", html);
        Assert.Contains("title=\"Contenu intégré\"", html);
        Assert.DoesNotContain("onload", html);
    }

    [Theory]
    [InlineData("https://exemple.fr/a", "https://exemple.fr/a")]
    [InlineData("/agenda", "/agenda")]
    [InlineData("mailto:a@b.fr", "mailto:a@b.fr")]
    [InlineData("javascript:alert(1)", "")]
    [InlineData(" JavaScript:alert(1)", "")]
    [InlineData("data:text/html,x", "")]
    [InlineData("java\tscript:alert(1)", "")]
    [InlineData("vbscript:x", "")]
    public void Safe_url_filter(string url, string expected) => Assert.Equal(expected, Cms.Display.Liquid.DisplayFilters.SafeUrl(url));

    /// <summary>Checks the parsed DOM: text that merely reads "javascript:" is harmless, markup that runs it is not.</summary>
    private static void AssertSafe(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        foreach (var tag in new[] { "script", "style", "object", "embed", "form", "meta", "base", "link", "frame", "frameset" })
        {
            Assert.True(document.Body!.QuerySelectorAll(tag).Length == 0, $"<{tag}> survived in: {html}");
        }
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                var value = attribute.Value.Trim().ToLowerInvariant();
                Assert.False(name.StartsWith("on", StringComparison.Ordinal), $"event handler {name} survived in: {html}");
                Assert.False(name is "style" or "srcdoc" or "formaction", $"attribute {name} survived in: {html}");
                if (name is "href" or "src" or "action" or "data" or "xlink:href" or "poster")
                {
                    Assert.False(value.StartsWith("javascript:") || value.StartsWith("data:") || value.StartsWith("vbscript:"), $"{name}={value} survived in: {html}");
                }
            }
            if (element.LocalName == "iframe")
            {
                Assert.StartsWith("https://www.youtube", element.GetAttribute("src") ?? "");
            }
        }
    }
}
