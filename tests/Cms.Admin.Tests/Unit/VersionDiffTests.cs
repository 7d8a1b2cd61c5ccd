using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Admin.History;
using Cms.ContentFields.Fields;

namespace Cms.Admin.Tests.Unit;

public class VersionDiffTests
{
    private static ContentItem Version(string title, string body)
    {
        var item = new ContentItem { ContentItemId = "x", ContentType = "Event", DisplayText = title };
        item.Apply(new TitlePart { Title = title });
        item.Apply(new MarkdownBodyPart { Markdown = body });
        item.ApplyField("Event", "StartDate", new DateTimeField { Value = new DateTime(2023, 10, 18, 7, 0, 0, DateTimeKind.Utc) });
        return item;
    }

    [Fact]
    public void Changed_values_appear_as_deleted_and_inserted_lines_under_their_name()
    {
        var older = Version("Titre A", "Ligne 1\nLigne 2\nLigne 3");
        var newer = Version("Titre B", "Ligne 1\nLigne deux\nLigne 3");

        var labels = new ContentLabels(new ContentDefinitionRecord
        {
            ContentTypes =
            [
                new ContentTypeDefinitionRecord
                {
                    Name = "Event", DisplayName = "Évènement",
                    ContentTypePartDefinitionRecords =
                    [
                        new ContentTypePartDefinitionRecord
                        {
                            Name = "TitlePart", PartName = "TitlePart",
                            Settings = new System.Text.Json.Nodes.JsonObject { ["ContentTypePartSettings"] = new System.Text.Json.Nodes.JsonObject { ["DisplayName"] = "Titre" } },
                        },
                    ],
                },
            ],
        });

        var lines = VersionDiff.Compare(older, newer, Cms.Abstractions.Time.SiteClock.Default, labels);

        Assert.Contains(lines, l => l.Kind == DiffLineKind.Deleted && l.Text == "Titre A");
        Assert.Contains(lines, l => l.Kind == DiffLineKind.Inserted && l.Text == "Titre B");
        Assert.Contains(lines, l => l.Kind == DiffLineKind.Deleted && l.Text == "Ligne 2");
        Assert.Contains(lines, l => l.Kind == DiffLineKind.Inserted && l.Text == "Ligne deux");
        // Named as the form names it, never by the technical key.
        Assert.Contains(lines, l => l.Kind == DiffLineKind.Heading && l.Text == "Titre");
        Assert.DoesNotContain(lines, l => l.Text.Contains("TitlePart"));
        Assert.DoesNotContain(lines, l => l.Text.Contains("ContentItemId"));
    }

    [Fact]
    public void Dates_are_shown_in_paris_time()
    {
        Assert.Contains("18/10/2023 à 09:00", VersionText.Of(Version("T", ""), Cms.Abstractions.Time.SiteClock.Default));
    }

    [Fact]
    public void Identical_versions_have_no_difference()
    {
        Assert.Empty(VersionDiff.Compare(Version("T", "x"), Version("T", "x"), Cms.Abstractions.Time.SiteClock.Default));
    }
}
