using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.ContentManagement.Handlers;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cms.ContentManagement.Tests.Hardening;

/// <summary>Issue 16, item 4: control characters are removed from every text of an item when it is saved or imported.</summary>
public sealed class Item04ControlCharactersOnSaveTests
{
    [Fact]
    public async Task Item04_every_text_of_the_item_is_cleaned_on_save()
    {
        var item = new ContentItem { ContentItemId = "x", ContentType = "Event", DisplayText = "Titre\u000B" };
        item.Part("TitlePart")["Title"] = "Titre\u000Bcollé";
        item.Part("Event")["Venue"] = new JsonObject { ["Text"] = "Salle\u0001 A\tB\nC" };
        item.Part("Event")["Categories"] = new JsonObject { ["Values"] = new JsonArray("un\u0007", "deux") };
        item.Part("MarkdownBodyPart")["Markdown"] = "# Corps\n\nligne\u000C";

        await new ControlCharactersHandler(NullLogger<ControlCharactersHandler>.Instance).UpdatingAsync(item, CancellationToken.None);

        Assert.Equal("Titre", item.DisplayText);
        Assert.Equal("Titrecollé", (string?)item.Part("TitlePart")["Title"]);
        Assert.Equal("Salle A\tB\nC", (string?)item.Part("Event")["Venue"]!["Text"]);
        Assert.Equal("un", (string?)item.Part("Event")["Categories"]!["Values"]![0]);
        Assert.Equal("# Corps\n\nligne", (string?)item.Part("MarkdownBodyPart")["Markdown"]);
    }

    [Fact]
    public void Item04_the_search_finds_a_forbidden_character_exactly_where_one_is_short_text_or_long()
    {
        // Every UTF-16 unit, alone, among clean text short and long (the searches are vectorized past 8 and 16 units),
        // after another candidate, and as half of a surrogate pair.
        var clean = new string('é', 40);
        var mismatches = new List<string>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var unit = ((char)c).ToString();
            foreach (var text in new[] { unit, "ab" + unit, clean + unit + clean, clean + "\uD83D\uDE00" + unit, unit + "\uDE00" + clean, "\u0085" + clean + unit })
            {
                var expected = Enumerable.Range(0, text.Length).Any(i => ControlCharacters.IsForbidden(text, i));
                if (ControlCharacters.Contains(text) != expected) mismatches.Add($"U+{c:X4} in a text of {text.Length}");
            }
        }
        Assert.Empty(mismatches);
    }
}
