using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.ContentManagement.Handlers;

namespace Cms.ContentManagement.Tests.Hardening;

/// <summary>Issue 16, items 6 and 12: bodies too deep, titles, texts and bodies too long are refused at save and import.</summary>
public sealed class Item06And12TextLimitsTests
{
    private static async Task<List<ContentValidationError>> ValidateAsync(ContentItem item)
    {
        var errors = new List<ContentValidationError>();
        await new TextLimitsHandler().ValidatingAsync(item, publishing: false, errors, CancellationToken.None);
        return errors;
    }

    private static ContentItem Item() => new() { ContentItemId = "x", ContentType = "Event" };

    [Fact]
    public async Task Item06_a_body_nested_too_deep_is_refused_naming_the_limit()
    {
        var item = Item();
        item.Part("MarkdownBodyPart")["Markdown"] = string.Concat(Enumerable.Repeat("<div>", 5_000));
        var error = Assert.Single(await ValidateAsync(item));
        Assert.Equal("MarkdownBodyPart.Markdown", error.Field);
        Assert.Contains($"plus de {HtmlNesting.MaxDepth} niveaux", error.Message);
    }

    [Fact]
    public async Task Item12_titles_texts_and_bodies_have_a_maximum_length()
    {
        var item = Item();
        item.Part("TitlePart")["Title"] = new string('t', ContentLimits.MaxTitleLength + 1);
        item.Part("Event")["Venue"] = new JsonObject { ["Text"] = new string('v', ContentLimits.MaxTextLength + 1) };
        item.Part("Event")["Lead"] = new JsonObject { ["Markdown"] = new string('m', ContentLimits.MaxMarkdownLength + 1) };
        var errors = await ValidateAsync(item);
        Assert.Equal(["TitlePart.Title", "Event.Venue.Text", "Event.Lead.Markdown"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Contains("au plus sont acceptés", e.Message));
    }

    [Fact]
    public async Task Item12_errors_name_texts_inside_lists_and_unnamed_parts()
    {
        var item = Item();
        var text = new string('v', ContentLimits.MaxTextLength + 1);
        item.Part("Event")["Infos"] = new JsonArray(
            new JsonObject { ["Text"] = text },
            "plain",
            new JsonArray(new JsonObject { ["Nested"] = new JsonObject { ["Text"] = text } }));
        item.Part("")["Title"] = new string('t', ContentLimits.MaxTitleLength + 1);
        var errors = await ValidateAsync(item);
        Assert.Equal(["Event.Infos[0].Text", "Event.Infos[2][0].Nested.Text", ".Title"], errors.Select(e => e.Field));
    }

    [Fact]
    public async Task Item12_texts_within_the_limits_pass()
    {
        var item = Item();
        item.Part("TitlePart")["Title"] = new string('t', ContentLimits.MaxTitleLength);
        item.Part("MarkdownBodyPart")["Markdown"] = "<div><div>x</div></div> <https://exemple.fr>";
        Assert.Empty(await ValidateAsync(item));
    }
}
