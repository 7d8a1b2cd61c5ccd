using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Time;

namespace Cms.ContentFields.Text;

// What each stock field kind contributes to an item's words (full-text search), registered with the kind in Startup.

public sealed class TextFieldTextExtractor() : PropertyTextExtractor("Text");

/// <summary>The text, without Markdown or HTML markup.</summary>
public sealed class MarkdownFieldTextExtractor() : PropertyTextExtractor("Markdown", PropertyText.Markdown);

/// <summary>The words of the HTML (HtmlField, HtmlBodyPart), without its markup (read as Markdown, which carries HTML through).</summary>
public sealed class HtmlFieldTextExtractor() : PropertyTextExtractor("Html", PropertyText.Markdown);

/// <summary>The link's text (its address is not words a visitor searches for).</summary>
public sealed class LinkFieldTextExtractor() : PropertyTextExtractor("Text");

public sealed class MultiTextFieldTextExtractor() : PropertyTextExtractor("Values", PropertyText.List);

/// <summary>The images' alternative texts.</summary>
public sealed class MediaFieldTextExtractor() : PropertyTextExtractor("MediaTexts", PropertyText.List);

/// <summary>The date (for the year and "upcoming" filters) and the date as written in French (« 18 octobre 2023 »).</summary>
public sealed class DateTimeFieldTextExtractor(ISiteClock clock) : IContentTextExtractor
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public Task ExtractAsync(JsonObject element, ContentTextExtraction output, CancellationToken cancellationToken)
    {
        var text = element.Text("Value");
        if (text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            output.AddDate(value.UtcDateTime);
            output.AddText(clock.Current.ToLocal(value.UtcDateTime).ToString("d MMMM yyyy", French));
        }
        return Task.CompletedTask;
    }
}

/// <summary>The titles of the picked items (thematic tracks, partners), and their ids for the filters.</summary>
public sealed class ContentPickerFieldTextExtractor : IContentTextExtractor
{
    public async Task ExtractAsync(JsonObject element, ContentTextExtraction output, CancellationToken cancellationToken)
    {
        var ids = element.Texts("ContentItemIds").ToList();
        if (ids.Count == 0) return;
        foreach (var id in ids) output.AddReference(id);
        foreach (var item in await output.Services.PublishedItemsAsync(ids, cancellationToken)) output.AddText(item.DisplayText);
    }
}
