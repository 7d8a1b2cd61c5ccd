using Cms.Abstractions.Content;
using Cms.Display.Caching;
using Cms.Events.Models;

namespace Cms.Events.Services;

/// <summary>
/// The published Themes and Partners that events point to, fetched in batches and kept for the request, so that a
/// list of events costs one query for all of their references (none when the <see cref="PublishedContentCache"/> has them).
/// Unpublished or deleted ones are left out.
/// </summary>
public sealed class LinkedItems(PublishedContent publishedContent)
{
    private readonly Dictionary<string, ContentItem?> _items = new(StringComparer.Ordinal);

    /// <summary>Loads every id not loaded yet, in one query.</summary>
    public async Task PrefetchAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var missing = ids.Where(id => !string.IsNullOrWhiteSpace(id) && !_items.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0) return;
        var found = await publishedContent.GetManyAsync(missing, cancellationToken);
        foreach (var id in missing) _items[id] = null;
        foreach (var item in found) _items[item.ContentItemId] = item;
    }

    /// <summary>The published items among <paramref name="ids"/>, in the order given.</summary>
    public async Task<IReadOnlyList<ContentItem>> GetAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        await PrefetchAsync(ids, cancellationToken);
        return ids.Distinct(StringComparer.Ordinal).Select(id => _items.GetValueOrDefault(id)).OfType<ContentItem>().ToList();
    }

    public static LinkedItem ToLinkedItem(ContentItem item, EventSite site)
    {
        var path = item.As<AutoroutePart>()?.Path;
        var sitePath = string.IsNullOrWhiteSpace(path) ? null : EventSite.SitePath(path);
        var title = item.DisplayText ?? item.As<TitlePart>()?.Title ?? item.ContentItemId;
        return new LinkedItem(item.ContentItemId, title, sitePath, sitePath is null ? null : site.Absolute(sitePath));
    }
}
