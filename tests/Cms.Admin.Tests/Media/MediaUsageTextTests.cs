using System.Text.Json.Nodes;
using Cms.Admin.Media;

namespace Cms.Admin.Tests.Media;

/// <summary>How the usage finder confirms a candidate: field paths in any spelling, links in texts, not look-alikes.</summary>
public class MediaUsageTextTests
{
    [Theory]
    [InlineData("uploads/photo 1.jpg", true)]
    [InlineData("/uploads/photo%201.jpg", true)]
    [InlineData("/media/uploads/photo%201.jpg", true)]
    [InlineData("uploads/photo 1.jpeg", false)]
    [InlineData("autre/uploads/photo 1.jpg", false)]
    public void Field_paths_are_compared_as_store_paths(string fieldPath, bool same) =>
        Assert.Equal(same, MediaUsageFinder.SamePath(fieldPath, "uploads/photo 1.jpg"));

    [Theory]
    [InlineData("Voir ![plan](/media/docs/plan.pdf).", true)]
    [InlineData("<a href=\"/media/docs/plan.pdf?v=2\">plan</a>", true)]
    [InlineData("[plan](https://exemple.gouv.fr/media/docs/plan.pdf)", true)]
    [InlineData("[plan](/docs/plan.pdf)", true)]
    [InlineData("[plan](/media/docs/plan.pdf.bak)", false)]
    [InlineData("[plan](/media/autres/docs/plan.pdf)", false)]
    [InlineData("plan.pdf", false)]
    public void Links_in_texts_count_only_when_the_url_names_the_file(string text, bool uses) =>
        Assert.Equal(uses, MediaUsageFinder.MentionsInText(text, "docs/plan.pdf"));

    [Fact]
    public void Nested_items_count_and_the_front_matter_copy_does_not()
    {
        var item = JsonNode.Parse("""
            { "InfoFields": { "ContentItems": [ { "InfoField": { "Content": { "Markdown": "[programme](/media/docs/programme.pdf)" } } } ] },
              "FrontMatterPart": { "Data": { "image": "/docs/affiche.jpg" } } }
            """);
        Assert.True(MediaUsageFinder.Uses(item, "docs/programme.pdf"));
        Assert.False(MediaUsageFinder.Uses(item, "docs/affiche.jpg"));
    }
}
