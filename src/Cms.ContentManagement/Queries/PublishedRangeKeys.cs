using System.Collections.Concurrent;
using Cms.Abstractions.Clustering;
using Cms.Abstractions.Content;

namespace Cms.ContentManagement.Queries;

/// <summary>
/// The keys of the public site's dated listings, kept in memory: for one type and pair of date fields (e.g. Event,
/// StartDate → EndDate) the published versions' row ids, start and end, sorted as <see cref="ContentQuery"/> sorts them
/// (start, empty starts last, then row id); for one picker field, which published versions pick which items. A listing
/// of published items filtered by dates (upcoming, past, a month, a year) and by a picker, sorted by date, is then
/// counted and cut here in one pass, and only its page's documents are read from the store (the agenda, the home page,
/// a theme's events). Every committed content change empties it (<see cref="PublishedRangeKeysHandler"/>, here or on
/// another node); a load that started before a change is never kept (<see cref="Generation"/>). A set of more than
/// <see cref="PublishedRangeKeysOptions.MaxRows"/> rows is not held: those listings stay in SQL.
/// </summary>
public sealed class PublishedRangeKeys(PublishedRangeKeysOptions options)
{
    private readonly ConcurrentDictionary<RangeKey, Ranges> _ranges = new();
    private readonly ConcurrentDictionary<PickerKey, Picks> _picks = new();
    private readonly Lock _lock = new();
    private long _generation;

    /// <summary>Off: every listing is answered by SQL (tests compare both ways; <c>Cms:ContentQuery:Enabled</c>).</summary>
    public bool Enabled { get; set; } = options.Enabled && options.MaxRows > 0;

    public int MaxRows => options.MaxRows;

    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Forgets everything: called after every committed content change.</summary>
    public void Invalidate()
    {
        lock (_lock)
        {
            Interlocked.Increment(ref _generation);
            _ranges.Clear();
            _picks.Clear();
        }
    }

    public bool TryGetRanges(RangeKey key, out Ranges? ranges) => _ranges.TryGetValue(key, out ranges);

    public bool TryGetPicks(PickerKey key, out Picks? picks) => _picks.TryGetValue(key, out picks);

    /// <summary>Keeps what a load that started at <paramref name="generation"/> read; ignored when content changed since.</summary>
    public void Store(RangeKey key, Ranges ranges, long generation)
    {
        lock (_lock) { if (Generation == generation) _ranges[key] = ranges; }
    }

    public void Store(PickerKey key, Picks picks, long generation)
    {
        lock (_lock) { if (Generation == generation) _picks[key] = picks; }
    }

    public readonly record struct RangeKey(string ContentType, string Part, string Field, string EndField);

    public readonly record struct PickerKey(string Part, string Field);

    public readonly record struct Entry(long Id, string ContentItemId, string VersionId, DateTime? Start, DateTime? End);

    /// <summary>The published rows of one range, sorted by start (empty starts after the others), then row id;
    /// <see cref="TooLarge"/> when there were more than the limit (not held).</summary>
    public sealed class Ranges
    {
        public static readonly Ranges TooLarge = new([], tooLarge: true);

        public Ranges(Entry[] entries, bool tooLarge = false)
        {
            Entries = entries;
            IsTooLarge = tooLarge;
            Array.Sort(Entries, static (a, b) => (a.Start, b.Start) switch
            {
                (null, null) => a.Id.CompareTo(b.Id),
                (null, _) => 1,
                (_, null) => -1,
                ({ } x, { } y) => x != y ? x.CompareTo(y) : a.Id.CompareTo(b.Id),
            });
            DatedCount = Array.FindIndex(Entries, e => e.Start is null) is var i and >= 0 ? i : Entries.Length;
        }

        public Entry[] Entries { get; }
        public bool IsTooLarge { get; }
        /// <summary>The entries with a start come first: this many.</summary>
        public int DatedCount { get; }
    }

    /// <summary>The published versions whose picker holds each item (by picked item id).</summary>
    public sealed class Picks(Dictionary<string, HashSet<string>> versionsByPicked, bool tooLarge = false)
    {
        public static readonly Picks TooLarge = new([], tooLarge: true);
        public bool IsTooLarge { get; } = tooLarge;
        public IReadOnlySet<string>? VersionsPicking(string pickedId) => versionsByPicked.GetValueOrDefault(pickedId);
    }
}

public sealed class PublishedRangeKeysOptions
{
    /// <summary>Dated listings of published items counted and cut in memory (false: always SQL).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Above this many rows for one type and pair of date fields (or one picker field), that set is not held in
    /// memory and its listings stay in SQL. 200,000 rows cost about 30 MB.</summary>
    public int MaxRows { get; set; } = 200_000;
}

/// <summary>Empties the <see cref="PublishedRangeKeys"/> after every committed content change, made here or (with
/// several nodes) on another node.</summary>
public sealed class PublishedRangeKeysHandler(PublishedRangeKeys keys) : IContentHandler, IClusterCacheHandler
{
    public Task ChangedAsync(ContentChange change, CancellationToken cancellationToken)
    {
        keys.Invalidate();
        return Task.CompletedTask;
    }

    public Task ForgetAsync(ClusterChange change, CancellationToken cancellationToken)
    {
        if (change.Concerns(ClusterChangeKind.Content)) keys.Invalidate();
        return Task.CompletedTask;
    }
}
