using Cms.Abstractions.Content;
using Cms.Abstractions.Settings;
using Cms.Display.Caching;

namespace Cms.Display.Tests;

/// <summary>The rules that keep the caches under the page renderer from ever serving stale or unpublished content.</summary>
public class PublishedContentCacheTests
{
    private static ContentItem Published(string id, string title) =>
        new() { ContentItemId = id, ContentItemVersionId = id + "-v1", ContentType = "Theme", DisplayText = title, Published = true, Latest = true };

    [Fact]
    public void A_lookup_that_started_before_a_change_is_not_stored()
    {
        using var cache = new PublishedContentCache(new PublishedContentCacheOptions());
        var startedAt = cache.Generation;
        cache.Invalidate(); // a change committed while the lookup was reading the old version
        cache.StoreByPath("thematiques/a", Published("a", "Ancien titre"), startedAt);
        cache.StoreById("a", Published("a", "Ancien titre"), startedAt);

        Assert.False(cache.TryGetByPath("thematiques/a", out _));
        Assert.False(cache.TryGetById("a", out _));
    }

    [Fact]
    public void A_change_empties_the_cache()
    {
        using var cache = new PublishedContentCache(new PublishedContentCacheOptions());
        cache.StoreByPath("thematiques/a", Published("a", "Titre"), cache.Generation);
        cache.StoreByPath("thematiques/absente", null, cache.Generation);
        Assert.True(cache.TryGetByPath("thematiques/a", out var found));
        Assert.Equal("Titre", found!.DisplayText);
        Assert.True(cache.TryGetByPath("thematiques/absente", out var missing));
        Assert.Null(missing);

        cache.Invalidate();

        Assert.False(cache.TryGetByPath("thematiques/a", out _));
        Assert.False(cache.TryGetByPath("thematiques/absente", out _));
    }

    [Fact]
    public void Drafts_are_never_stored()
    {
        using var cache = new PublishedContentCache(new PublishedContentCacheOptions());
        var draft = Published("d", "Brouillon");
        draft.Published = false;
        cache.StoreById("d", draft, cache.Generation);
        Assert.False(cache.TryGetById("d", out _));
    }

    [Fact]
    public void Each_reader_gets_its_own_copy()
    {
        using var cache = new PublishedContentCache(new PublishedContentCacheOptions());
        var item = Published("a", "Titre");
        item.Apply(new TitlePart { Title = "Titre" });
        cache.StoreById("a", item, cache.Generation);

        cache.TryGetById("a", out var first);
        first!.Apply(new TitlePart { Title = "Changé par une requête" });
        first!.DisplayText = "Changé";
        cache.TryGetById("a", out var second);

        Assert.Equal("Titre", second!.DisplayText);
        Assert.Equal("Titre", second.As<TitlePart>()!.Title);
        Assert.True(second.Published);
        Assert.Equal("a-v1", second.ContentItemVersionId);
    }

    [Fact]
    public async Task Settings_read_before_a_save_are_not_kept_after_it()
    {
        var cache = new SiteSettingsCache();
        var store = new MemorySettingsStore { Current = new SiteSettings { SiteName = "Avant" } };
        using (var reader = new CachingSiteSettingsStore(() => store, cache))
        {
            Assert.Equal("Avant", (await reader.GetAsync()).SiteName);
        }
        Assert.Equal(1, store.Reads);

        // The save belongs to a transaction that commits when its request ends: other requests keep reading the
        // committed settings meanwhile, and nothing they read is kept once it ends.
        var writer = new CachingSiteSettingsStore(() => store, cache);
        await writer.SaveAsync(new SiteSettings { SiteName = "Après" });
        var startedBeforeCommit = cache.Generation;
        writer.Dispose();
        cache.Store(new SiteSettings { SiteName = "Avant" }, startedBeforeCommit);

        using var next = new CachingSiteSettingsStore(() => store, cache);
        Assert.Equal("Après", (await next.GetAsync()).SiteName);
        Assert.Equal("Après", (await next.GetAsync()).SiteName);
        Assert.Equal(2, store.Reads);
    }

    [Fact]
    public async Task Each_settings_reader_gets_its_own_copy()
    {
        var cache = new SiteSettingsCache();
        var store = new MemorySettingsStore { Current = new SiteSettings { SiteName = "Nom" } };
        using var reader = new CachingSiteSettingsStore(() => store, cache);
        var first = await reader.GetAsync();
        first.SiteName = "Changé en mémoire";
        Assert.Equal("Nom", (await reader.GetAsync()).SiteName);
    }

    [Fact]
    public async Task Readers_share_the_settings_until_a_save_and_then_read_the_saved_ones()
    {
        var (store, cache) = (new MemorySettingsStore { Current = new SiteSettings { SiteName = "Avant" } }, new SiteSettingsCache());
        CachingSiteSettingsStore Scope() => new(() => store, cache);

        Assert.Equal("Avant", (await Scope().GetForReadingAsync()).SiteName);
        using var reader = Scope();
        var shared = await reader.GetForReadingAsync();
        Assert.Same(shared, await Scope().GetForReadingAsync());
        Assert.NotSame(shared, await reader.GetAsync());
        Assert.Equal(1, store.Reads);

        using var writer = Scope();
        await writer.SaveAsync(new SiteSettings { SiteName = "Après" });
        Assert.Equal("Après", (await writer.GetForReadingAsync()).SiteName);
        Assert.Equal("Après", (await Scope().GetForReadingAsync()).SiteName);
        Assert.NotSame(shared, await Scope().GetForReadingAsync());
    }

    private sealed class MemorySettingsStore : ISiteSettingsStore
    {
        public SiteSettings Current { get; set; } = new();
        public int Reads { get; private set; }

        public Task<SiteSettings> GetAsync(CancellationToken cancellationToken = default)
        {
            Reads++;
            return Task.FromResult(new SiteSettings { SiteName = Current.SiteName });
        }

        public Task SaveAsync(SiteSettings settings, CancellationToken cancellationToken = default)
        {
            Current = new SiteSettings { SiteName = settings.SiteName };
            return Task.CompletedTask;
        }
    }
}
