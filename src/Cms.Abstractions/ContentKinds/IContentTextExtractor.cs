using System.Text.Json.Nodes;
using Cms.Abstractions.Content;

namespace Cms.Abstractions.ContentKinds;

/// <summary>
/// What text, dates and referenced items one part or field kind contributes to an item's words: read by full-text
/// search (the search module walks each type's definition and calls the extractor of every part and field kind it
/// finds), so a type made of known kinds is searchable with no search-module edit. Registered with the kind, by the
/// module that owns it: <c>services.AddContentField&lt;MyField&gt;().UseTextExtractor&lt;MyFieldTextExtractor&gt;()</c>.
/// Resolved from the root services: it must be stateless.
/// </summary>
public interface IContentTextExtractor
{
    /// <summary>How much this kind's text weighs against body text (1), e.g. 4 for a title; a definition's settings may override it.</summary>
    float Weight => 1f;

    /// <summary>Adds the element's text, dates and references to <paramref name="output"/>.</summary>
    Task ExtractAsync(JsonObject element, ContentTextExtraction output, CancellationToken cancellationToken);
}

/// <summary>Where an extractor writes, and the services it may need (Markdown to text, titles of referenced items).</summary>
public sealed class ContentTextExtraction(ContentTextExtractionServices services)
{
    private readonly List<(string Text, float Weight)> _texts = [];
    private readonly List<DateTime> _dates = [];
    private readonly List<string> _references = [];

    /// <summary>The weight in force for the element being extracted (set by the reader).</summary>
    public float CurrentWeight { get; set; } = 1f;

    public ContentTextExtractionServices Services => services;
    public IReadOnlyList<(string Text, float Weight)> Texts => _texts;
    public IReadOnlyList<DateTime> Dates => _dates;
    public IReadOnlyList<string> References => _references;

    public void AddText(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text)) _texts.Add((text.Trim(), CurrentWeight));
    }

    /// <summary>A date (UTC) of the item: the earliest is its start, the latest its end (year and "upcoming" filters).</summary>
    public void AddDate(DateTime utc) => _dates.Add(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    /// <summary>The id of an item this one refers to (filters by thematic track, reindexing when its title changes).</summary>
    public void AddReference(string contentItemId)
    {
        if (!string.IsNullOrWhiteSpace(contentItemId)) _references.Add(contentItemId);
    }
}

/// <summary>Services given to extractors by the reader of the text.</summary>
public abstract class ContentTextExtractionServices
{
    /// <summary>Markdown (or HTML) as plain text, without markup.</summary>
    public abstract string PlainText(string? markdown);

    /// <summary>The published items among <paramref name="contentItemIds"/> (cached for one run).</summary>
    public abstract Task<IReadOnlyList<ContentItem>> PublishedItemsAsync(IReadOnlyList<string> contentItemIds, CancellationToken cancellationToken);

    /// <summary>Extracts a nested item (a BagPart's) with its own type's definition into <paramref name="output"/>.</summary>
    public abstract Task ExtractItemAsync(ContentItem item, ContentTextExtraction output, CancellationToken cancellationToken);
}

/// <summary>How <see cref="PropertyTextExtractor"/> reads its property.</summary>
public enum PropertyText { Plain, Markdown, List }

/// <summary>
/// The extractor of a kind whose words are one property of its JSON: a string (a text field's <c>Text</c>), Markdown given
/// as plain text (a Markdown field's <c>Markdown</c>) or a list of strings (a multi-text field's <c>Values</c>).
/// </summary>
public abstract class PropertyTextExtractor(string property, PropertyText read = PropertyText.Plain) : IContentTextExtractor
{
    public virtual float Weight => 1f;

    public Task ExtractAsync(JsonObject element, ContentTextExtraction output, CancellationToken cancellationToken)
    {
        switch (read)
        {
            case PropertyText.List:
                foreach (var value in element.Texts(property)) output.AddText(value);
                break;
            case PropertyText.Markdown:
                output.AddText(output.Services.PlainText(element.Text(property)));
                break;
            default:
                output.AddText(element.Text(property));
                break;
        }
        return Task.CompletedTask;
    }
}

/// <summary>Reads the string properties of a part's or field's JSON.</summary>
public static class ContentTextJson
{
    public static string? Text(this JsonObject element, string property) =>
        element[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static IEnumerable<string> Texts(this JsonObject element, string property) =>
        element[property] is JsonArray array
            ? array.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>()
            : [];
}
