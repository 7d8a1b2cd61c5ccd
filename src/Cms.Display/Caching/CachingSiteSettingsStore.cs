using Cms.Abstractions.Settings;

namespace Cms.Display.Caching;

/// <summary>
/// Wraps the store's <see cref="ISiteSettingsStore"/> (see <see cref="SiteSettingsCachingStartup"/>): reads come from
/// the <see cref="SiteSettingsCache"/>, once per request at most from the store. A save goes to the store and empties
/// the cache; as the save may belong to a transaction committed later in the request, the cache is emptied once more
/// when the request's scope ends. The store (and its database context) is only created on a miss or a save.
/// </summary>
public sealed class CachingSiteSettingsStore(Func<ISiteSettingsStore> createInner, SiteSettingsCache cache) : ISiteSettingsStore, IDisposable
{
    private ISiteSettingsStore? _inner;
    private bool _saved;

    private ISiteSettingsStore Inner => _inner ??= createInner();

    public async Task<SiteSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        // After a save in this scope, its own (maybe uncommitted) settings are read from the store.
        if (_saved) return await Inner.GetAsync(cancellationToken);
        // Each call its own copy, as from the store: a caller may change it before saving.
        if (cache.TryGet() is { } cached) return cached;
        var generation = cache.Generation;
        var settings = await Inner.GetAsync(cancellationToken);
        cache.Store(settings, generation);
        return settings;
    }

    /// <summary>The cached settings parsed once and shared by the readers of every request until the next change.</summary>
    public async Task<SiteSettings> GetForReadingAsync(CancellationToken cancellationToken = default)
    {
        if (_saved) return await Inner.GetAsync(cancellationToken);
        return cache.TryGetShared() ?? await GetAsync(cancellationToken);
    }

    public async Task SaveAsync(SiteSettings settings, CancellationToken cancellationToken = default)
    {
        _saved = true;
        cache.Invalidate();
        try
        {
            await Inner.SaveAsync(settings, cancellationToken);
        }
        finally
        {
            cache.Invalidate();
        }
    }

    public void Dispose()
    {
        if (_saved) cache.Invalidate();
    }
}
