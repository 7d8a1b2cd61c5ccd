using System.Text.RegularExpressions;
using Cms.Display.Liquid;

namespace Cms.Display.Tests.Hardening;

/// <summary>
/// Issue 16, item 11: a body holds nothing that can act on the page around it (no form element, no
/// contenteditable, tabindex, accesskey, no id of the page's own), and every href a template writes from data goes
/// through the one safe-URL filter.
/// </summary>
public sealed partial class Item11SanitizerAndUrlTests : IDisposable
{
    private readonly DisplayHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("<input name=\"Title\" value=\"pirate\">", "<input")]
    [InlineData("<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"x\">", "<input")]
    [InlineData("<button formaction=\"/admin/contenus/x?handler=Publish\">OK</button>", "<button")]
    [InlineData("<textarea name=\"Body\">x</textarea>", "<textarea")]
    [InlineData("<select name=\"x\"><option>a</option></select>", "<select")]
    [InlineData("<output name=\"x\">1</output>", "<output")]
    [InlineData("<p contenteditable=\"true\">modifiable</p>", "contenteditable")]
    [InlineData("<a href=\"/\" tabindex=\"1\">premier</a>", "tabindex")]
    [InlineData("<a href=\"/\" accesskey=\"s\">raccourci</a>", "accesskey")]
    [InlineData("<img src=\"/media/x.png\" alt=\"x\" name=\"getElementById\">", "name=")]
    [InlineData("<p form=\"edit-form\">x</p>", "form=")]
    public void Item11_the_sanitizer_drops_what_acts_on_the_page_around(string body, string forbidden)
    {
        var html = _harness.Markdown.ToHtml(body);
        Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Item11_ids_are_prefixed_and_in_page_links_follow()
    {
        var html = _harness.Markdown.ToHtml("""
            <p id="edit-form">raw</p>

            [Aller plus bas](#programme)

            ## Programme
            """);
        Assert.Contains("id=\"contenu-edit-form\"", html);
        Assert.DoesNotContain("id=\"edit-form\"", html);
        Assert.Contains("id=\"contenu-programme\"", html);
        Assert.Contains("href=\"#contenu-programme\"", html);
    }

    [Fact]
    public void Item11_task_list_boxes_become_characters()
    {
        var html = _harness.Markdown.ToHtml("- [ ] à faire\n- [x] fait");
        Assert.DoesNotContain("<input", html);
        Assert.Matches("☐\\s+à faire", html);
        Assert.Matches("☑\\s+fait", html);
    }

    [Fact]
    public void Item11_every_href_written_from_data_goes_through_safe_url()
    {
        var root = RepositoryDirectory();
        var templates = Directory.GetFiles(Path.Combine(root, "themes", "Dsfr", "Views"), "*.liquid")
            .Concat(Directory.GetFiles(Path.Combine(root, "src"), "*.liquid", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(Path.Combine(root, "samples"), "*.liquid", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .ToList();
        Assert.NotEmpty(templates);
        var unfiltered = templates
            .SelectMany(f => UnfilteredHref().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(root, f)}: {m.Value}"))
            .ToList();
        Assert.True(unfiltered.Count == 0, "hrefs without safe_url:\n" + string.Join("\n", unfiltered));
    }

    [Theory]
    [InlineData("javascript:alert(1)", "")]
    [InlineData(" JaVaScRiPt:alert(1)", "")]
    [InlineData("data:text/html,x", "")]
    [InlineData("java\tscript:alert(1)", "")]
    [InlineData("https://www.numerique.gouv.fr/", "https://www.numerique.gouv.fr/")]
    [InlineData("/agenda?theme=ia&page=2", "/agenda?theme=ia&page=2")]
    [InlineData("mailto:contact@numerique.gouv.fr", "mailto:contact@numerique.gouv.fr")]
    public void Item11_safe_url_keeps_only_what_a_link_may_open(string url, string expected) =>
        Assert.Equal(expected, DisplayFilters.SafeUrl(url));

    /// <summary>An href whose value starts with a data expression that is not piped to safe_url (theme asset bases are written by the theme).</summary>
    [GeneratedRegex("href=\"\\{\\{ (?!Theme\\.)(?![^}]*\\| safe_url)[^}]*\\}\\}\"")]
    private static partial Regex UnfilteredHref();

    private static string RepositoryDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cms.sln"))) return directory.FullName;
        }
        throw new DirectoryNotFoundException("Cms.sln not found above the test binaries.");
    }
}
