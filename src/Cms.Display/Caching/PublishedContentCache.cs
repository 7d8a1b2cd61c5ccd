using Cms.Abstractions.Content;
using Microsoft.Extensions.Caching.Memory;

namespace Cms.Display.Caching;

/// <summary>
/// Published content items as the public site reads them (by path, by id), kept between requests so that an uncached
/// page does not query the store. Every committed content change empties it (<see cref="PublishedContentCacheHandler"/>,
/// run after the commit by the content manager). A lookup that started before a change is never stored: each lookup
/// notes the <see cref="Generation"/> first, and <see cref="Invalidate"/> advances it. Items are kept parsed once
/// from their JSON text and never read in place: each request gets its own deep copy (<see cref="ContentItem.Clone"/>),
/// so that no request can change another's. The copy is cheap: a part not read yet is still the parsed JSON document
/// (immutable), which the copy shares instead of parsing it again. Only published versions ever enter it.
/// </summary>
public sealed class PublishedContentCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly Lock _lock = new();
    private long _generation;

    private readonly bool _enabled;

    public PublishedContentCache(PublishedContentCacheOptions options)
    {
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.SizeLimitBytes });
        _enabled = options.Enabled;
    }

    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>True when the path was looked up since the last change; <paramref name="item"/> is null for "nothing
    /// published there".</summary>
    public bool TryGetByPath(string path, out ContentItem? item) => TryGet(("path", path), out item);

    public bool TryGetById(string contentItemId, out ContentItem? item) => TryGet(("id", contentItemId), out item);

    /// <summary>Stores what a lookup that started at <paramref name="generation"/> found; ignored when content changed since.</summary>
    public void StoreByPath(string path, ContentItem? item, long generation) => Store(("path", path), item, generation);

    public void StoreById(string contentItemId, ContentItem? item, long generation) => Store(("id", contentItemId), item, generation);

    /// <summary>Forgets everything: called after every committed content change.</summary>
    public void Invalidate()
    {
        lock (_lock)
        {
            Interlocked.Increment(ref _generation);
            _cache.Clear();
        }
    }

    private bool TryGet((string, string) key, out ContentItem? item)
    {
        if (_enabled && _cache.TryGetValue(key, out Entry? entry) && entry is not null)
        {
            item = entry.Item?.Clone();
            return true;
        }
        item = null;
        return false;
    }

    private void Store((string Kind, string Value) key, ContentItem? item, long generation)
    {
        if (!_enabled || item is not null && !item.Published) return; // drafts never enter the public site's cache
        var json = item?.ToJsonString();
        var entry = new Entry(json is null ? null : Read(json));
        lock (_lock)
        {
            if (Generation != generation) return;
            _cache.Set(key, entry, new MemoryCacheEntryOptions { Size = (json?.Length ?? 0) * 2L + key.Value.Length * 2L + 64 });
        }
    }

    /// <summary><see cref="ContentItem.Parse"/> without copying every part once more: the parts parsed here are moved
    /// into the item, still unread (backed by the parsed document), so that copying them later costs next to nothing.</summary>
    private static ContentItem Read(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json) as System.Text.Json.Nodes.JsonObject
            ?? throw new InvalidOperationException("A cached content item is not a JSON object.");
        var parts = node.Where(p => Array.IndexOf(ContentItem.HeaderNames, p.Key) < 0).ToList();
        foreach (var (name, _) in parts) node.Remove(name);
        var item = ContentItem.FromJson(node);
        foreach (var (name, value) in parts) item.Content[name] = value;
        return item;
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>The item as parsed from its JSON (null: nothing published there), only ever copied.</summary>
    private sealed record Entry(ContentItem? Item);
}

public sealed class PublishedContentCacheOptions
{
    /// <summary>False: every read goes to the content manager (the plain path; <c>Cms:PublishedContentCache:Enabled</c>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Upper bound of the cache (approximate bytes of the items' JSON); the least used entries go first.</summary>
    public long SizeLimitBytes { get; set; } = 64L * 1024 * 1024;
}
