using Cms.Abstractions.Time;
using System.Text;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Display;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Search;
using Lucene.Net.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Search.Indexing;

/// <summary>
/// A published item to its Lucene document, from its type's definition: every part and field whose kind was registered
/// with an <see cref="IContentTextExtractor"/> and whose <see cref="SearchSettings"/> say searchable gives its text,
/// with the boost of its settings (or the kind's weight). Types marked not searchable, stereotyped types (widgets such as
/// InfoField, indexed inside their container) and items without a page address give no document.
/// One instance per indexing run: definitions and referenced items are read once.
/// </summary>
public sealed class SearchDocumentBuilder(
    IContentDefinitionManager definitions,
    IContentManager contentManager,
    IMarkdownService markdown,
    ContentKindCatalog kinds,
    IServiceProvider services,
    ISiteClock clock) : ContentTextExtractionServices
{
    private readonly Dictionary<string, ContentItem?> _published = new(StringComparer.Ordinal);
    private Dictionary<string, ContentTypeDefinitionRecord>? _types;
    private Dictionary<string, ContentPartDefinitionRecord>? _parts;

    /// <summary>Whether items of this type are indexed.</summary>
    public async Task<bool> IsSearchableTypeAsync(string contentType, CancellationToken cancellationToken)
    {
        await LoadDefinitionsAsync(cancellationToken);
        return _types!.TryGetValue(contentType, out var type) && IsSearchable(type);
    }

    public async Task<Document?> BuildAsync(ContentItem item, CancellationToken cancellationToken)
    {
        await LoadDefinitionsAsync(cancellationToken);
        if (!item.Published || !_types!.TryGetValue(item.ContentType, out var type) || !IsSearchable(type)) return null;
        var path = item.As<AutoroutePart>()?.Path?.Trim('/');
        if (string.IsNullOrEmpty(path)) return null;

        var extraction = new ContentTextExtraction(this);
        await ExtractItemAsync(item, extraction, cancellationToken);

        var document = new Document
        {
            new StringField(SearchFields.Id, item.ContentItemId, Field.Store.YES),
            new StringField(SearchFields.Type, item.ContentType, Field.Store.YES),
            new StoredField(SearchFields.TypeLabel, string.IsNullOrEmpty(type.DisplayName) ? type.Name : type.DisplayName),
            new StoredField(SearchFields.Path, "/" + path),
            new StoredField(SearchFields.Title, item.DisplayText ?? ""),
        };
        var all = new StringBuilder();
        foreach (var group in extraction.Texts.GroupBy(t => t.Weight))
        {
            var text = string.Join("\n", group.Select(t => t.Text));
            var words = new Analysis.AnalyzedOnce(text); // read once for both fields
            document.Add(new Lucene.Net.Documents.TextField(SearchFields.ForBoost(group.Key), words.Stemmed()));
            document.Add(new Lucene.Net.Documents.TextField(SearchFields.UnstemmedForBoost(group.Key), words.Unstemmed()));
        }
        foreach (var (text, _) in extraction.Texts.Where(t => t.Text != item.DisplayText))
        {
            all.Append(text).Append('\n');
        }
        document.Add(new StoredField(SearchFields.Text, all.ToString()));
        if (extraction.Dates.Count > 0)
        {
            var start = extraction.Dates.Min();
            var end = extraction.Dates.Max();
            document.Add(new Int64Field(SearchFields.Start, start.Ticks, Field.Store.YES));
            document.Add(new Int64Field(SearchFields.End, end.Ticks, Field.Store.YES));
            var year = clock.Current.ToLocal(start).Year;
            document.Add(new Int32Field(SearchFields.Year, year, Field.Store.YES));
            document.Add(new StringField(SearchFields.YearText, year.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO));
        }
        foreach (var reference in extraction.References.Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(SearchFields.Reference, reference, Field.Store.NO));
        }
        return document;
    }

    public override string PlainText(string? markdownText) =>
        string.IsNullOrWhiteSpace(markdownText) ? "" : markdown.ToPlainText(markdownText);

    public override async Task<IReadOnlyList<ContentItem>> PublishedItemsAsync(IReadOnlyList<string> contentItemIds, CancellationToken cancellationToken)
    {
        var missing = contentItemIds.Where(id => !_published.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var found = await contentManager.GetManyAsync(missing, VersionOptions.Published, cancellationToken);
            foreach (var id in missing) _published[id] = null;
            foreach (var item in found) _published[item.ContentItemId] = item;
        }
        return contentItemIds.Select(id => _published.GetValueOrDefault(id)).OfType<ContentItem>().ToList();
    }

    /// <summary>
    /// Reads at once the items that <paramref name="items"/>' content pickers name (any <c>ContentItemIds</c> list in
    /// their JSON, nested items' too), so that building their documents asks the store once, not once per item that
    /// names one not read yet. Only fills the cache that <see cref="PublishedItemsAsync"/> answers from.
    /// </summary>
    public Task ReadPickedItemsAsync(IEnumerable<ContentItem> items, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var item in items) AddPickedIds(item.Content, ids);
        return ids.Count == 0 ? Task.CompletedTask : PublishedItemsAsync(ids, cancellationToken);
    }

    private static void AddPickedIds(JsonNode? node, List<string> ids)
    {
        if (node is JsonObject json)
        {
            ids.AddRange(json.Texts("ContentItemIds"));
            foreach (var (name, value) in json)
            {
                if (name != "ContentItemIds") AddPickedIds(value, ids);
            }
        }
        else if (node is JsonArray list)
        {
            foreach (var value in list) AddPickedIds(value, ids);
        }
    }

    public override async Task ExtractItemAsync(ContentItem item, ContentTextExtraction output, CancellationToken cancellationToken)
    {
        await LoadDefinitionsAsync(cancellationToken);
        if (!_types!.TryGetValue(item.ContentType, out var type)) return;
        var outerBoost = output.CurrentWeight;
        foreach (var typePart in type.ContentTypePartDefinitionRecords)
        {
            var partSettings = typePart.Settings.Get<SearchSettings>();
            if (!partSettings.Searchable || item.GetPart(typePart.Name) is not { } element) continue;
            if (Extractor(kinds.Part(typePart.PartName)) is { } partExtractor)
            {
                output.CurrentWeight = Boost(partSettings, partExtractor, outerBoost);
                await partExtractor.ExtractAsync(element, output, cancellationToken);
            }
            if (!_parts!.TryGetValue(typePart.PartName, out var part)) continue;
            foreach (var field in part.ContentPartFieldDefinitionRecords)
            {
                var fieldSettings = field.Settings.Get<SearchSettings>();
                if (!fieldSettings.Searchable || element[field.Name] is not System.Text.Json.Nodes.JsonObject value) continue;
                if (Extractor(kinds.Field(field.FieldName)) is not { } fieldExtractor) continue;
                output.CurrentWeight = Boost(fieldSettings, fieldExtractor, outerBoost);
                await fieldExtractor.ExtractAsync(value, output, cancellationToken);
            }
        }
        output.CurrentWeight = outerBoost;
    }

    private IContentTextExtractor? Extractor(ContentKind? kind) =>
        kind?.TextExtractorType is { } type ? (IContentTextExtractor)services.GetRequiredService(type) : null;

    /// <summary>Nested items (a bag's) never weigh more than their container's part.</summary>
    private static float Boost(SearchSettings settings, IContentTextExtractor extractor, float outer) =>
        Math.Min(settings.Boost is > 0 ? settings.Boost.Value : extractor.Weight, outer > 1f ? outer : float.MaxValue);

    private static bool IsSearchable(ContentTypeDefinitionRecord type) =>
        type.Settings.Get<SearchSettings>().Searchable && string.IsNullOrEmpty(type.Settings.Get<ContentTypeSettings>().Stereotype);

    private async Task LoadDefinitionsAsync(CancellationToken cancellationToken)
    {
        if (_types is not null) return;
        _types = (await definitions.ListTypeDefinitionsAsync(cancellationToken)).ToDictionary(t => t.Name, StringComparer.Ordinal);
        _parts = (await definitions.ListPartDefinitionsAsync(cancellationToken)).ToDictionary(p => p.Name, StringComparer.Ordinal);
    }
}
