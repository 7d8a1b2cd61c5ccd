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
}
