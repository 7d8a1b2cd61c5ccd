using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;

namespace Cms.ContentManagement.Tests;

/// <summary>
/// <see cref="ContentItem.ToJsonString"/> and <see cref="ContentItem.Clone"/> take a direct way (no deep copy of the
/// parts): they must give exactly what the plain way through <see cref="ContentItem.ToJson"/> gives.
/// </summary>
public sealed class ContentItemJsonTests
{
    private static ContentItem Sample()
    {
        var item = new ContentItem
        {
            ContentItemId = "4abc",
            ContentType = "Event",
            DisplayText = "Fête du numérique « 2026 » <b>&</b>",
            Latest = true,
            CreatedUtc = new DateTime(2026, 12, 7, 5, 30, 12, 345, DateTimeKind.Utc),
            Author = null,
        };
        item.Part("TitlePart")["Title"] = "Fête\u00a0du numérique";
        item.Part("Event")["Tags"] = new JsonArray("a", null, 3, 1.5, true, new JsonObject { ["deep"] = new JsonArray(new JsonArray()) });
        item.Content["Empty"] = null;
        return item;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ToJsonString_is_the_text_of_ToJson(bool indented)
    {
        var item = Sample();
        Assert.Equal(item.ToJson().ToJsonString(new JsonSerializerOptions { WriteIndented = indented }), item.ToJsonString(indented));
    }

    [Fact]
    public void The_text_stays_that_of_ToJson_after_a_failed_write_a_huge_document_and_a_small_one()
    {
        // The compact text is written through a buffer and writer kept per thread: nothing of a write may reach the next.
        var deep = new JsonObject();
        var node = deep;
        for (var i = 0; i < 70; i++) node = (JsonObject)(node["d"] = new JsonObject());
        var tooDeep = Sample();
        tooDeep.Part("Event")["Deep"] = deep;
        Assert.ThrowsAny<InvalidOperationException>(() => tooDeep.ToJsonString());

        var huge = Sample();
        huge.Part("Event")["Body"] = new string('x', 3_000_000);
        var small = Sample();
        foreach (var item in new[] { small, huge, small, Sample() })
        {
            Assert.Equal(item.ToJson().ToJsonString(), item.ToJsonString());
        }
        Assert.Equal(small.ToJson().ToJsonString(new JsonSerializerOptions { WriteIndented = true }), small.ToJsonString(indented: true));
        Assert.Equal(small.ToJson().ToJsonString(), small.ToJsonString());
    }

    [Fact]
    public void A_part_named_like_a_header_property_gives_the_same_text_and_clone()
    {
        var item = Sample();
        item.Content["DisplayText"] = "from a part";
        Assert.Equal(item.ToJson().ToJsonString(), item.ToJsonString());
        Assert.Equal("from a part", item.Clone().DisplayText);
    }

    [Fact]
    public void Property_gives_what_As_binds_names_in_any_case_the_last_one_winning()
    {
        var item = ContentItem.Parse("""{ "ContentType": "Page", "AutoroutePart": { "path": "premier", "Other": 1, "PATH": "second" }, "TitlePart": { "Title": null } }""");

        Assert.Equal(item.As<AutoroutePart>()!.Path, item.GetPart("AutoroutePart")!.Property("Path")!.Deserialize<string>(ContentElementExtensions.Json));
        Assert.Equal("second", item.GetPart("AutoroutePart")!.Property("Path")!.GetValue<string>());
        Assert.Null(item.GetPart("AutoroutePart")!.Property("Missing"));
        Assert.Null(item.GetPart("TitlePart")!.Property("Title"));
    }

    [Fact]
    public void Clone_equals_the_round_trip_and_shares_nothing()
    {
        var item = Sample();
        var clone = item.Clone();
        Assert.Equal(ContentItem.FromJson(item.ToJson()).ToJsonString(), clone.ToJsonString());
        clone.Part("TitlePart")["Title"] = "changed";
        Assert.Equal("Fête\u00a0du numérique", (string?)item.Part("TitlePart")["Title"]);
    }
}
