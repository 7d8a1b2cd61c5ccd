using Cms.Abstractions.Content;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Display.Caching;

/// <summary>
/// The public site's reads of published items, through the <see cref="PublishedContentCache"/>: the content manager
/// (and its database context) is only asked on a miss. Never returns drafts.
/// </summary>
public sealed class PublishedContent(PublishedContentCache cache, IServiceProvider services)
{
    private IContentManager? Manager => services.GetService<IContentManager>();

    /// <summary>The published item whose route is <paramref name="path"/>, or null.</summary>
    public async Task<ContentItem?> GetByPathAsync(string path, CancellationToken cancellationToken = default)
    {
        if (cache.TryGetByPath(path, out var cached)) return cached;
        if (Manager is not { } manager) return null;
        var generation = cache.Generation;
        var item = await manager.GetByPathAsync(path, cancellationToken);
        if (item is not { Published: true }) return null;
        // Only found items are kept: a miss is keyed by whatever path a visitor typed, and random paths would fill
        // the cache (each entry costs several times the bytes it is counted for). A miss costs one indexed query.
        cache.StoreByPath(path, item, generation);
        return item;
    }

    /// <summary>The published items among <paramref name="contentItemIds"/>, in the order given, each once.</summary>
    public async Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, CancellationToken cancellationToken = default)
    {
        var ids = contentItemIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, ContentItem?>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var id in ids)
        {
            if (cache.TryGetById(id, out var cached)) found[id] = cached;
            else missing.Add(id);
        }
        if (missing.Count > 0 && Manager is { } manager)
        {
            var generation = cache.Generation;
            var loaded = (await manager.GetManyAsync(missing, VersionOptions.Published, cancellationToken))
                .Where(i => i.Published)
                .ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
            foreach (var id in missing)
            {
                var item = loaded.GetValueOrDefault(id);
                found[id] = item;
                cache.StoreById(id, item, generation);
            }
        }
        return ids.Select(id => found.GetValueOrDefault(id)).OfType<ContentItem>().ToList();
    }
}
