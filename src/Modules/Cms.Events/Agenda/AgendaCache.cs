using Cms.Abstractions.Clustering;
using Cms.Abstractions.Data;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Settings;
using Cms.Display.Caching;
using Cms.Display.Liquid;
using Cms.Display.Themes;

namespace Cms.Events.Agenda;

/// <summary>
/// What the agenda lists (<c>/agenda</c>, <c>/agenda/passes</c>) and the home page would otherwise compute again on
/// every uncached request: the published Themes (the filters) and each event's card (its Summary HTML), kept by
/// version id, with the request's path and host and the day (an event's card says whether it is past).
/// <para>
/// An entry is only served while what it was built from is unchanged: each carries the generations of the
/// <see cref="PublishedContentCache"/> (every content change, here or on another node: the event, its themes and
/// partners), of the <see cref="SiteSettingsCache"/> and of this cache (named documents, settings, any change another
/// node announces), and the parsed card template the <see cref="TemplateStore"/> holds (a new one after any template
/// change, stored or file), as they were before the build read anything; a build that overlaps a change is therefore
/// never served. Off (<c>Cms:AgendaCache:Enabled</c> false), every request computes everything.
/// </para>
/// </summary>
public sealed class AgendaCache
{
    private readonly PublishedContentCache _content;
    private readonly SiteSettingsCache? _settings;
    private readonly TemplateStore? _templates;
    private readonly StampedEntries<CardKey, Stamp, string> _cards;
    private Stamped<IReadOnlyList<ThemeEntry>>? _themes;
    private long _generation;

    public AgendaCache(AgendaCacheOptions options, PublishedContentCache content, TemplateStore? templates = null, SiteSettingsCache? settings = null)
    {
        _content = content;
        _templates = templates;
        _settings = settings;
        _cards = new StampedEntries<CardKey, Stamp, string>(options.MaxCards);
        Enabled = options.Enabled;
    }

    /// <summary>Off: nothing is served from here nor kept (tests compare both ways; <c>Cms:AgendaCache:Enabled</c>).</summary>
    public bool Enabled { get; set; }

    /// <summary>What an entry built from now on is checked against.</summary>
    public Stamp Current => new(Interlocked.Read(ref _generation), _content.Generation, _settings?.Generation ?? 0,
        _templates?.Find(CardTemplate));

    /// <summary>The event card's content template: the template store parses it again after any template change.</summary>
    public const string CardTemplate = "Content-Event.Summary";

    /// <summary>Forgets everything (templates, documents, definitions or settings changed).</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _cards.Clear();
        _themes = null;
    }

    public bool TryGetThemes(out IReadOnlyList<ThemeEntry>? themes)
    {
        themes = Volatile.Read(ref _themes) is { } kept && Enabled && kept.Stamp == Current ? kept.Value : null;
        return themes is not null;
    }

    /// <summary>Keeps <paramref name="themes"/>, marked for the templates' <c>{% kept %}</c> blocks (<see cref="KeptValues"/>): the
    /// same list until the next change, never changed.</summary>
    public void StoreThemes(IReadOnlyList<ThemeEntry> themes, Stamp builtFrom)
    {
        if (Enabled && builtFrom == Current) Volatile.Write(ref _themes, new Stamped<IReadOnlyList<ThemeEntry>>(KeptValues.Mark(themes), builtFrom));
    }

    public bool TryGetCard(CardKey key, out string? html)
    {
        html = null;
        return Enabled && _cards.TryGet(key, Current, out html);
    }

    public void StoreCard(CardKey key, string html, Stamp builtFrom)
    {
        // Hosts and paths are the visitor's to choose: the cards are bounded.
        if (Enabled && builtFrom == Current) _cards.Set(key, html, builtFrom);
    }

    /// <param name="Template">The parsed card template (compared by reference).</param>
    public readonly record struct Stamp(long Own, long Content, long Settings, object? Template);

    /// <param name="Variant">The request's host and path and the day the card was rendered for.</param>
    public readonly record struct CardKey(string VersionId, string DisplayType, string Variant);

    private sealed record Stamped<T>(T Value, Stamp Stamp);
}

public sealed class AgendaCacheOptions
{
    /// <summary>Cards and the themes list kept between requests (false: every request computes them).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>At most this many cards are kept (about 2 KB each).</summary>
    public int MaxCards { get; set; } = 20_000;
}

/// <summary>Empties the <see cref="AgendaCache"/> when something its entries do not carry a generation for changes:
/// a named document (stored templates, queries…), the settings, the content definitions (labels and order of what a
/// card shows), or anything another node announces but content.</summary>
public sealed class AgendaCacheHandler(AgendaCache cache) : IDocumentChangeHandler, ISiteSettingsHandler, IClusterCacheHandler, IContentDefinitionHandler
{
    public Task ChangedAsync(CancellationToken cancellationToken)
    {
        cache.Invalidate();
        return Task.CompletedTask;
    }

    public Task ChangedAsync(string documentName, CancellationToken cancellationToken)
    {
        cache.Invalidate();
        return Task.CompletedTask;
    }

    public Task SavedAsync(SiteSettings settings, CancellationToken cancellationToken)
    {
        cache.Invalidate();
        return Task.CompletedTask;
    }

    public Task ForgetAsync(ClusterChange change, CancellationToken cancellationToken)
    {
        if (change.Kind != ClusterChangeKind.Content) cache.Invalidate();
        return Task.CompletedTask;
    }
}
