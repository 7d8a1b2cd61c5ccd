using Cms.Display.Caching;
using Cms.Events.Agenda;
using Cms.Events.Models;

namespace Cms.Events.Display;

/// <summary>
/// What the <see cref="EventPartDisplayDriver"/> would otherwise compute again for every uncached page of a published
/// event, though it only changes with the event, its themes and partners, the settings or the media: its
/// <see cref="EventView"/> (details, dates, images, themes, partners, JSON-LD, description), kept by version id, base
/// URL and display type. What depends on the hour (upcoming or past) is computed for each request.
/// <para>
/// An entry is only served while the <see cref="AgendaCache.Stamp"/> it was built under is current: the same
/// generations the agenda's cards carry (every content change here or on another node, the settings, named documents,
/// definitions, templates), noted before the build read anything, so a build that overlaps a change is never served.
/// Off (<c>Cms:EventDisplayCache:Enabled</c> false), every request builds it.
/// </para>
/// </summary>
public sealed class EventDisplayCache(EventDisplayCacheOptions options, AgendaCache stamps)
{
    private readonly StampedEntries<Key, AgendaCache.Stamp, EventView> _entries = new(options.MaxEntries);

    /// <summary>Off: nothing is served from here nor kept.</summary>
    public bool Enabled { get; } = options.Enabled;

    /// <summary>What an entry built from now on is checked against.</summary>
    public AgendaCache.Stamp Current => stamps.Current;

    public bool TryGet(Key key, out EventView? view)
    {
        view = null;
        return Enabled && _entries.TryGet(key, Current, out view);
    }

    public void Store(Key key, EventView view, AgendaCache.Stamp builtFrom)
    {
        // The base URL may be the request's host, the visitor's to choose: the entries are bounded.
        if (Enabled && builtFrom == Current) _entries.Set(key, view, builtFrom);
    }

    /// <param name="BaseUrl">The site's absolute base URL the view's URLs start with.</param>
    public readonly record struct Key(string VersionId, string BaseUrl, bool Detail);
}

public sealed class EventDisplayCacheOptions
{
    /// <summary>Each published event's display values kept between requests (false: every request computes them).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>At most this many views are kept (a few KB each).</summary>
    public int MaxEntries { get; set; } = 20_000;
}

/// <summary>
/// An event's display as far as it does not depend on the hour: the shapes' values but <c>Timing</c>, <c>IsPast</c>
/// and <c>AgendaUrl</c>, on Detail the page's JSON-LD and description, and the themes and partners it points to (the
/// page's cache tags, even when some are not published). Shared by the requests that read it: read only.
/// </summary>
public sealed record EventView(
    EventDetails Details,
    string? Dates,
    string? DatesCapitalized,
    string? StartIso,
    string? EndIso,
    IReadOnlyList<EventImageView> Images,
    IReadOnlyList<ThemeLinkView> Themes,
    IReadOnlyList<PartnerLinkView> Partners,
    string? CalendarUrl,
    string? LeadHtml,
    string? JsonLd,
    string? Description,
    IReadOnlyList<string> ReferencedIds)
{
    private readonly IReadOnlyDictionary<string, object?>?[] _values = new IReadOnlyDictionary<string, object?>?[Enum.GetValues<EventTiming>().Length];

    /// <summary>
    /// The shapes' model values for <paramref name="timing"/>, made by <paramref name="make"/> once per view and timing:
    /// the same instance for every request that reads this view (the key of its kept shapes), read only.
    /// </summary>
    public IReadOnlyDictionary<string, object?> ValuesFor(EventTiming timing, Func<EventView, EventTiming, IReadOnlyDictionary<string, object?>> make)
    {
        ref var slot = ref _values[(int)timing];
        return Volatile.Read(ref slot) ?? Interlocked.CompareExchange(ref slot, make(this, timing), null) ?? slot!;
    }
}
