using System.Text.Json;
using Cms.Abstractions.Settings;

namespace Cms.Display.Caching;

/// <summary>
/// The site settings as last read from the store, kept as JSON between requests (every page shows them). A save
/// empties it (<see cref="CachingSiteSettingsStore"/>), at the save and again when the saving request ends, after its
/// transaction committed or rolled back; a read that started before either is not stored.
/// </summary>
public sealed class SiteSettingsCache
{
    private readonly Lock _lock = new();
    private long _generation;
    private string? _json;
    private SharedSettings? _shared;

    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>A copy of the cached settings, each request its own.</summary>
    public SiteSettings? TryGet()
    {
        var json = Volatile.Read(ref _json);
        return json is null ? null : Copy(json);
    }

    /// <summary>The cached settings parsed once per stored JSON and shared by every reader: never to be changed.</summary>
    public SiteSettings? TryGetShared()
    {
        var json = Volatile.Read(ref _json);
        if (json is null) return null;
        if (Volatile.Read(ref _shared) is { } shared && ReferenceEquals(shared.Json, json)) return shared.Settings;
        var settings = Copy(json);
        Volatile.Write(ref _shared, new SharedSettings(json, settings));
        return settings;
    }

    public void Store(SiteSettings settings, long generation)
    {
        var json = JsonSerializer.Serialize(settings);
        lock (_lock)
        {
            if (Generation == generation) _json = json;
        }
    }

    public void Invalidate()
    {
        lock (_lock)
        {
            Interlocked.Increment(ref _generation);
            _json = null;
        }
    }

    /// <param name="Json">The stored JSON they were parsed from (compared by reference).</param>
    private sealed record SharedSettings(string Json, SiteSettings Settings);

    private static SiteSettings Copy(string json)
    {
        var settings = JsonSerializer.Deserialize<SiteSettings>(json) ?? new SiteSettings();
        settings.Extra = new Dictionary<string, string>(settings.Extra, StringComparer.OrdinalIgnoreCase);
        return settings;
    }
}
