using Cms.Abstractions.Display;
using Cms.Display.Caching;

namespace Cms.Menus.Services;

/// <summary>
/// The header's and footer's links as <see cref="MenuNavigationSource"/> built them, with the items and types each
/// build recorded on its page, kept until the next content change (the <see cref="PublishedContentCache"/>'s
/// generation, which every committed change here or on another node advances), instead of reading the menus and
/// their items for every uncached page. A build that started before a change is never kept.
/// <c>Cms:MenuCache:Enabled</c> false: built for every page (the plain path).
/// </summary>
public sealed class MenuLinksCache(PublishedContentCache content, MenuCacheOptions options)
{
    private readonly Lock _lock = new();
    private long _generation = -1;
    private Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public bool Enabled => options.Enabled;

    /// <summary>The generation a build must note before it reads anything.</summary>
    public long Generation => content.Generation;

    /// <summary>The links kept for <paramref name="name"/> (null: no menu), recorded again on <paramref name="meta"/>.</summary>
    public bool TryGet(string name, PageMeta meta, out IReadOnlyList<NavigationMenuLink>? links)
    {
        links = null;
        if (!options.Enabled) return false;
        Entry? entry;
        lock (_lock)
        {
            if (_generation != content.Generation || !_entries.TryGetValue(name, out entry)) return false;
        }
        meta.ContentTypes.UnionWith(entry.ContentTypes);
        meta.ContentItemIds.UnionWith(entry.ContentItemIds);
        links = entry.Links;
        return true;
    }

    /// <summary>Keeps what a build that started at <paramref name="generation"/> found and recorded (in <paramref name="recorded"/>).</summary>
    public void Store(string name, long generation, IReadOnlyList<NavigationMenuLink>? links, PageMeta recorded)
    {
        if (!options.Enabled) return;
        var entry = new Entry(links, [.. recorded.ContentTypes], [.. recorded.ContentItemIds]);
        lock (_lock)
        {
            if (generation != content.Generation) return;
            if (_generation != generation)
            {
                _generation = generation;
                _entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
            }
            _entries[name] = entry;
        }
    }

    private sealed record Entry(IReadOnlyList<NavigationMenuLink>? Links, string[] ContentTypes, string[] ContentItemIds);
}

/// <summary><c>Cms:MenuCache</c>: the header's and footer's links kept between content changes.</summary>
public sealed class MenuCacheOptions
{
    /// <summary>False: the menus and their items are read for every page rendered (the plain path).</summary>
    public bool Enabled { get; set; } = true;
}
