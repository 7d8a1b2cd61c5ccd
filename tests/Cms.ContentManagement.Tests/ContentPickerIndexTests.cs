using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.ContentFields.Fields;
using Cms.ContentFields.Indexing;

namespace Cms.ContentManagement.Tests;

/// <summary>
/// The picker's index values are those of the field as <c>GetField&lt;ContentPickerField&gt;</c> binds it, whatever
/// the field's JSON: each non-blank id once, in order; the serializer's error where it has one.
/// </summary>
public sealed class ContentPickerIndexTests
{
    [Theory]
    [InlineData("""{ "ContentItemIds": ["a", "b", "a"] }""")]
    [InlineData("""{ "ContentItemIds": ["a", null, "", " ", "c"] }""")]
    [InlineData("""{ "contentitemids": ["x"], "ContentItemIds": ["y"] }""")]
    [InlineData("""{ "ContentItemIds": ["y"], "CONTENTITEMIDS": ["x", "z"] }""")]
    [InlineData("""{ "ContentItemIds": null }""")]
    [InlineData("""{ "ContentItemIds": [] }""")]
    [InlineData("""{ "Other": 1 }""")]
    [InlineData("""{ "ContentItemIds": ["\u00e9t\u00e9", "a\"b"] }""")]
    [InlineData("""{ "ContentItemIds": ["a", 2] }""")]
    [InlineData("""{ "ContentItemIds": ["a", ["b"]] }""")]
    [InlineData("""{ "ContentItemIds": "a" }""")]
    public void Index_values_are_the_bound_field_s_ids(string fieldJson)
    {
        var item = new ContentItem { ContentType = "Event" };
        item.Part("Event")["Themes"] = JsonNode.Parse(fieldJson);

        var expected = Record.Exception(() => item.GetField<ContentPickerField>("Event", "Themes"));
        var actual = Record.Exception(() => Index(item).ToList());
        Assert.Equal(expected?.GetType(), actual?.GetType());
        if (expected is not null) return;

        var bound = item.GetField<ContentPickerField>("Event", "Themes")!.ContentItemIds ?? [];
        Assert.Equal(bound.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal), Index(item).Select(v => v.ReferenceValue));
    }

    [Fact]
    public void A_missing_field_gives_no_value()
    {
        var item = new ContentItem { ContentType = "Event" };
        item.Part("Event")["Themes"] = JsonValue.Create("not an object");
        Assert.Empty(Index(item));
        Assert.Empty(Index(new ContentItem { ContentType = "Event" }));
    }

    private static IEnumerable<IndexValue> Index(ContentItem item) =>
        new ContentPickerFieldIndexProvider().Index(new ContentIndexContext(item, "Event", "Themes", item.GetPart("Event")?["Themes"] as JsonObject, new JsonObject()));
}
