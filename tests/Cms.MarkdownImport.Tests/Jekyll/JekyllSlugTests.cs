using Cms.MarkdownImport.Jekyll;

namespace Cms.MarkdownImport.Tests.Jekyll;

/// <summary>Jekyll's own cases for Utils.slugify (jekyll/test/test_utils.rb, "The \`Utils.slugify\` method").</summary>
public sealed class JekyllSlugTests
{
    [Theory]
    [InlineData("Working with drafts", null, false, "working-with-drafts")]
    [InlineData("Basic   Usage", null, false, "basic-usage")]
    [InlineData("  Working with drafts   ", null, false, "working-with-drafts")]
    [InlineData("So what is Jekyll, exactly?", null, false, "so-what-is-jekyll-exactly")]
    [InlineData("كيف حالك؟", null, false, "كيف-حالك")]
    [InlineData("Pre-releases", null, false, "pre-releases")]
    [InlineData("The _config.yml file", null, false, "the-config-yml-file")]
    [InlineData("Customizing Git - Git Hooks", null, false, "customizing-git-git-hooks")]
    [InlineData("5時〜6時 三・一四", null, false, "5時-6時-三-一四")]
    [InlineData("மல்லிப்பூ வகைகள்", null, false, "மல்லிப்பூ-வகைகள்")]
    [InlineData("மல்லிப்பூ வகைகள்", "pretty", false, "மல்லிப்பூ-வகைகள்")]
    [InlineData("The _config.yml file?", "default", false, "the-config-yml-file")]
    [InlineData("The _config.yml file?", "pretty", false, "the-_config.yml-file")]
    [InlineData("The _config.yml file?", "ascii", false, "the-config-yml-file")]
    [InlineData("fürtive glance!!!!", "ascii", false, "f-rtive-glance")]
    [InlineData("The _config.yml file?", "latin", false, "the-config-yml-file")]
    [InlineData("fürtive glance!!!!", "latin", false, "furtive-glance")]
    [InlineData("àáçèéíïòóúü", "latin", false, "aaceeiioouu")]
    [InlineData("The _config.yml file?", "raw", false, "the-_config.yml-file?")]
    [InlineData("The _config.yml file?", "none", false, "the _config.yml file?")]
    [InlineData("Working with drafts", null, true, "Working-with-drafts")]
    [InlineData("Basic   Usage", null, true, "Basic-Usage")]
    [InlineData("  Working with drafts   ", null, true, "Working-with-drafts")]
    [InlineData("So what is Jekyll, exactly?", null, true, "So-what-is-Jekyll-exactly")]
    [InlineData("Pre-releases", null, true, "Pre-releases")]
    [InlineData("The _config.yml file", null, true, "The-config-yml-file")]
    [InlineData("Customizing Git - Git Hooks", null, true, "Customizing-Git-Git-Hooks")]
    [InlineData("The _config.yml file?", "default", true, "The-config-yml-file")]
    [InlineData("The _config.yml file?", "pretty", true, "The-_config.yml-file")]
    [InlineData("The _config.yml file?", "raw", true, "The-_config.yml-file?")]
    [InlineData("The _config.yml file?", "ascii", true, "The-config-yml-file")]
    [InlineData("The _config.yml file?", "latin", true, "The-config-yml-file")]
    public void Slugify_gives_what_Jekyll_gives(string text, string? mode, bool cased, string expected) =>
        Assert.Equal(expected, JekyllSlug.Slugify(text, mode, cased));

    [Fact]
    public void Slugify_of_nothing_is_nothing() => Assert.Null(JekyllSlug.Slugify(null));

    [Theory]
    // A collection document: :title is the file name without date prefix, pretty and cased.
    [InlineData("evenements", "L'Atelier du Numérique.md", "/agenda/:title/", null, "/agenda/L'Atelier-du-Numérique/")]
    [InlineData("evenements", "2019-10-10-atelier-(bis).markdown", "/agenda/:title/", null, "/agenda/atelier-(bis)/")]
    [InlineData("evenements", "atelier.md", "/agenda/:title/", "nouveau nom", "/agenda/nouveau-nom/")]
    [InlineData("evenements", "sous/atelier.md", null, null, "/evenements/sous/atelier.html")]
    [InlineData("evenements", "webinaire-<<-cloud>>-info.md", "/agenda/:title/", null, "/agenda/webinaire-cloud-info/")]
    public void Collection_document_urls_are_built_as_Jekyll_builds_them(string collection, string file, string? permalink, string? slug, string expected) =>
        Assert.Equal(expected, JekyllUrl.For(collection, file, permalink, slug, null));
}
