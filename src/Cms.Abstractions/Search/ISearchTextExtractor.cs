using System.Text.Json.Nodes;
using Cms.Abstractions.Content;

namespace Cms.Abstractions.Search;

/// <summary>
/// What one part kind (<c>TitlePart</c>, <c>MarkdownBodyPart</c>…) or field kind (<c>TextField</c>…) contributes to
/// the search index. The module that owns a kind registers its extractor (<see cref="SearchServiceCollectionExtensions.AddSearchTextExtractor{T}"/>);
/// the indexer walks each type's definition and calls the extractor of every part and field kind it finds, so a new
/// type made of known kinds is searchable with no search-module edit.
/// </summary>
public interface ISearchTextExtractor
{
    /// <summary>The part or field kind handled, e.g. <c>TextField</c> or <c>BagPart</c>.</summary>
    string Kind { get; }

    /// <summary>Boost of this kind's text when the definition's <see cref="SearchSettings.Boost"/> is not set.</summary>
    float DefaultBoost => 1f;

    /// <summary>Adds the element's text, dates and references to <paramref name="output"/>.</summary>
    Task ExtractAsync(JsonObject element, SearchExtraction output, CancellationToken cancellationToken);
}

/// <summary>
/// Settings of a type, a part in a type, or a field in a part (stored under <c>SearchSettings</c> in the definition):
/// whether its text is searchable, and how much a match in it counts.
/// </summary>
public sealed class SearchSettings
{
    public bool Searchable { get; set; } = true;
    /// <summary>Relative weight of a match (1 = body text); null takes the kind's default.</summary>
    public float? Boost { get; set; }
}

/// <summary>Where an extractor writes, and the services it may need (Markdown to text, titles of referenced items).</summary>
public sealed class SearchExtraction(SearchExtractionServices services)
{
    private readonly List<(string Text, float Boost)> _texts = [];
    private readonly List<DateTime> _dates = [];
    private readonly List<string> _references = [];

    /// <summary>The boost in force for the element being extracted (set by the indexer).</summary>
    public float CurrentBoost { get; set; } = 1f;

    public SearchExtractionServices Services => services;
    public IReadOnlyList<(string Text, float Boost)> Texts => _texts;
    public IReadOnlyList<DateTime> Dates => _dates;
    public IReadOnlyList<string> References => _references;

    public void AddText(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text)) _texts.Add((text.Trim(), CurrentBoost));
    }

    /// <summary>A date (UTC) of the item: the earliest is its start, the latest its end (year and "upcoming" filters).</summary>
    public void AddDate(DateTime utc) => _dates.Add(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    /// <summary>The id of an item this one refers to (filters by thematic track, reindexing when its title changes).</summary>
    public void AddReference(string contentItemId)
    {
        if (!string.IsNullOrWhiteSpace(contentItemId)) _references.Add(contentItemId);
    }
}

/// <summary>Services given to extractors by the indexer.</summary>
public abstract class SearchExtractionServices
{
    /// <summary>Markdown (or HTML) as plain text, without markup.</summary>
    public abstract string PlainText(string? markdown);

    /// <summary>The published items among <paramref name="contentItemIds"/> (cached for one indexing run).</summary>
    public abstract Task<IReadOnlyList<ContentItem>> PublishedItemsAsync(IReadOnlyList<string> contentItemIds, CancellationToken cancellationToken);

    /// <summary>Extracts a nested item (a BagPart's) with its own type's definition into <paramref name="output"/>.</summary>
    public abstract Task ExtractItemAsync(ContentItem item, SearchExtraction output, CancellationToken cancellationToken);
}
