using Cms.Abstractions.Content;
using Cms.Abstractions.Scheduling;
using Cms.ContentManagement.Indexing;
using Cms.Abstractions.Text;
using Cms.Data;
using Cms.Data.Entities;
using Cms.Data.Services;
using Microsoft.EntityFrameworkCore;

namespace Cms.ContentManagement.Queries;

/// <summary>
/// <see cref="IContentQuery"/> as SQL over the index tables, in two steps: the page's keys (row ids) are counted,
/// sorted and cut by the database from covering indexes only — header columns of <see cref="ContentItemIndex"/>,
/// dates from <see cref="DateTimeRangeIndex"/>, pickers from <see cref="ContentPickerFieldIndex"/> — then only the
/// page's documents are read. No request reads or sorts every document of a type.
/// </summary>
public sealed class ContentQuery(StoreUnitOfWork unitOfWork, PublishedRangeKeys? keys = null) : IContentQuery
{
    public const int MaxPageSize = 500;

    private CmsDbContext Db => unitOfWork.Db;

    public async Task<PagedResult<ContentItem>> ListAsync(ContentListQuery query, CancellationToken cancellationToken = default)
    {
        var (page, pageSize, total, ids, _) = await CutAsync(query, cancellationToken);
        var rows = ids.Count == 0
            ? []
            : await Db.ContentItemIndex.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        var byId = rows.ToDictionary(r => r.Id);
        var items = ids.Where(byId.ContainsKey).Select(id => ContentIndexWriter.ToItem(byId[id])).ToList();
        return new PagedResult<ContentItem>(items, total, page, pageSize);
    }

    /// <summary>
    /// The keys of <see cref="ListAsync"/>'s page: from the in-memory range keys when they answered (no statement on a
    /// warm cache, with the dates), else the page's ids and version ids read from the item rows (one narrow statement,
    /// no document, no dates).
    /// </summary>
    public async Task<PagedResult<ContentKey>> ListKeysAsync(ContentListQuery query, CancellationToken cancellationToken = default)
    {
        var (page, pageSize, total, ids, entries) = await CutAsync(query, cancellationToken);
        if (entries is not null)
        {
            return new PagedResult<ContentKey>(
                entries.Select(e => new ContentKey(e.ContentItemId, e.VersionId, e.Start is { } s ? Utc(s) : null, e.End is { } x ? Utc(x) : null)).ToList(),
                total, page, pageSize);
        }
        var rows = ids.Count == 0
            ? []
            : await Db.ContentItemIndex.AsNoTracking().Where(r => ids.Contains(r.Id))
                .Select(r => new { r.Id, r.ContentItemId, r.ContentItemVersionId }).ToListAsync(cancellationToken);
        var byId = rows.ToDictionary(r => r.Id);
        var keys = ids.Where(byId.ContainsKey).Select(id => new ContentKey(byId[id].ContentItemId, byId[id].ContentItemVersionId, null, null)).ToList();
        return new PagedResult<ContentKey>(keys, total, page, pageSize);
    }

    /// <summary>The page's row ids and the total (with the page's range entries when the in-memory keys answered).</summary>
    private async Task<(int Page, int PageSize, int Total, List<long> Ids, List<PublishedRangeKeys.Entry>? Entries)> CutAsync(
        ContentListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var dateSort = query.Sort is ContentSort.DateAsc or ContentSort.DateDesc;
        var dateFilter = query.DateFromUtc is not null || query.DateToUtc is not null
            || query.EndsOnOrAfterUtc is not null || query.EndsBeforeUtc is not null;
        if ((dateSort || dateFilter) && (string.IsNullOrEmpty(query.DatePart) || string.IsNullOrEmpty(query.DateField)))
        {
            throw new ArgumentException("Date sorting and date filters need DatePart and DateField (e.g. Article / PublishedOn).", nameof(query));
        }
        if (query.Sort is ContentSort.NumberAsc or ContentSort.NumberDesc && (string.IsNullOrEmpty(query.NumberPart) || string.IsNullOrEmpty(query.NumberField)))
        {
            throw new ArgumentException("Number sorting needs NumberPart and NumberField (a field whose kind indexes numbers).", nameof(query));
        }

        var skip = (int)Math.Min(int.MaxValue, (long)(page - 1) * pageSize);
        if (dateFilter && dateSort && await InMemoryRangeKeysAsync(query, skip, pageSize, cancellationToken) is { } inMemory)
        {
            return (page, pageSize, inMemory.Total, inMemory.Entries.Select(e => e.Id).ToList(), inMemory.Entries);
        }
        var (total, ids) = dateFilter && dateSort
            ? await RangeKeysAsync(query, skip, pageSize, cancellationToken)
            : await HeaderKeysAsync(query, dateFilter ? await RangesAsync(query, cancellationToken) : null, skip, pageSize, cancellationToken);
        return (page, pageSize, total, ids, null);
    }

    public async Task<IReadOnlyDictionary<string, int>> CountByTypeAsync(CancellationToken cancellationToken = default)
    {
        var latest = true;
        return await Db.ContentItemIndex.AsNoTracking().Where(r => r.Latest == latest)
            .GroupBy(r => r.ContentType)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>
    /// <see cref="RangeKeysAsync"/> for published items without title or owner filters, answered from the
    /// <see cref="PublishedRangeKeys"/> (loaded by one or two statements when missing): the same filters, order and
    /// cut, in one pass over the sorted keys. Null when it cannot answer (off, inside a transaction, too many rows).
    /// </summary>
    private async Task<(int Total, List<PublishedRangeKeys.Entry> Entries)?> InMemoryRangeKeysAsync(ContentListQuery query, int skip, int take, CancellationToken cancellationToken)
    {
        if (keys is not { Enabled: true } || query.Status != ContentStatus.Published || query.State != ContentState.Any
            || NeedsHeaderFilter(query) || string.IsNullOrEmpty(query.ContentType) || unitOfWork.InTransaction)
        {
            return null;
        }
        var rangeKey = new PublishedRangeKeys.RangeKey(query.ContentType, query.DatePart!, query.DateField!, query.EndDateField ?? "");
        if (!keys.TryGetRanges(rangeKey, out var ranges)) ranges = await LoadRangesAsync(rangeKey, cancellationToken);
        if (ranges!.IsTooLarge) return null;

        HashSet<string>? picking = null;
        if (!string.IsNullOrEmpty(query.PickerPart) && !string.IsNullOrEmpty(query.PickerField) && query.PickedAnyOf is not null)
        {
            var pickerKey = new PublishedRangeKeys.PickerKey(query.PickerPart, query.PickerField);
            if (!keys.TryGetPicks(pickerKey, out var picks)) picks = await LoadPicksAsync(pickerKey, cancellationToken);
            if (picks!.IsTooLarge) return null;
            picking = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in PickedIds(query))
            {
                if (picks.VersionsPicking(id) is { } versions) picking.UnionWith(versions);
            }
        }

        // The SQL's comparisons: an empty value matches no bound.
        var after = query.EndsOnOrAfterUtc is { } a ? Utc(a) : (DateTime?)null;
        var before = query.EndsBeforeUtc is { } b ? Utc(b) : (DateTime?)null;
        var from = query.DateFromUtc is { } f ? Utc(f) : (DateTime?)null;
        var to = query.DateToUtc is { } t ? Utc(t) : (DateTime?)null;
        bool Matches(in PublishedRangeKeys.Entry e) =>
            (after is null || e.End >= after) && (before is null || e.End < before)
            && (from is null || e.Start >= from) && (to is null || e.Start < to)
            && (picking is null || picking.Contains(e.VersionId));

        // Ascending: the dated entries in order, then the undated ones by row id. Descending: the dated ones reversed,
        // then the undated ones by row id, descending.
        var entries = ranges.Entries;
        var dated = ranges.DatedCount;
        var descending = query.Sort == ContentSort.DateDesc;
        var total = 0;
        var page = new List<PublishedRangeKeys.Entry>(Math.Min(take, 100));
        for (var n = 0; n < entries.Length; n++)
        {
            var i = !descending ? n : n < dated ? dated - 1 - n : entries.Length - 1 - (n - dated);
            if (!Matches(entries[i])) continue;
            if (total >= skip && page.Count < take) page.Add(entries[i]);
            total++;
        }
        return (total, page);
    }

    private async Task<PublishedRangeKeys.Ranges> LoadRangesAsync(PublishedRangeKeys.RangeKey key, CancellationToken cancellationToken)
    {
        var generation = keys!.Generation;
        var yes = true;
        var rows = await Db.DateTimeRangeIndex.AsNoTracking()
            .Where(d => d.ContentType == key.ContentType && d.ContentPart == key.Part && d.ContentField == key.Field
                && d.EndField == key.EndField && d.Published == yes)
            .OrderBy(d => d.Id) // a stable cut (the limit), no meaning: the keys are sorted in memory
            .Select(d => new PublishedRangeKeys.Entry(d.ContentItemIndexId, d.ContentItemId, d.ContentItemVersionId, d.Start, d.End))
            .Take(keys.MaxRows + 1)
            .ToArrayAsync(cancellationToken);
        var ranges = rows.Length > keys.MaxRows ? PublishedRangeKeys.Ranges.TooLarge : new PublishedRangeKeys.Ranges(rows);
        keys.Store(key, ranges, generation);
        return ranges;
    }

    private async Task<PublishedRangeKeys.Picks> LoadPicksAsync(PublishedRangeKeys.PickerKey key, CancellationToken cancellationToken)
    {
        var generation = keys!.Generation;
        var yes = true;
        var rows = await Db.ContentPickerFieldIndex.AsNoTracking()
            .Where(p => p.ContentPart == key.Part && p.ContentField == key.Field && p.Published == yes)
            .OrderBy(p => p.Id)
            .Select(p => new { p.SelectedContentItemId, p.ContentItemVersionId })
            .Take(keys.MaxRows + 1)
            .ToListAsync(cancellationToken);
        PublishedRangeKeys.Picks picks;
        if (rows.Count > keys.MaxRows)
        {
            picks = PublishedRangeKeys.Picks.TooLarge;
        }
        else
        {
            var byPicked = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                if (!byPicked.TryGetValue(row.SelectedContentItemId, out var versions)) byPicked[row.SelectedContentItemId] = versions = new(StringComparer.Ordinal);
                versions.Add(row.ContentItemVersionId);
            }
            picks = new PublishedRangeKeys.Picks(byPicked);
        }
        keys.Store(key, picks, generation);
        return picks;
    }

    /// <summary>
    /// Date filters sorted by date (the agenda, a theme's events): everything is answered from the range index —
    /// a range on the end, the start, the ids — without touching the item rows but for the title or owner filters.
    /// </summary>
    private async Task<(int Total, List<long> Ids)> RangeKeysAsync(ContentListQuery query, int skip, int take, CancellationToken cancellationToken)
    {
        var ranges = await RangesAsync(query, cancellationToken);
        if (NeedsHeaderFilter(query))
        {
            var headers = Headers(query);
            ranges = ranges.Where(d => headers.Any(r => r.Id == d.ContentItemIndexId));
        }
        var ordered = query.Sort == ContentSort.DateAsc
            ? ranges.OrderBy(d => d.Start == null).ThenBy(d => d.Start).ThenBy(d => d.ContentItemIndexId)
            : ranges.OrderBy(d => d.Start == null).ThenByDescending(d => d.Start).ThenByDescending(d => d.ContentItemIndexId);
        return await CountAndCutAsync(ranges, ordered.Select(d => d.ContentItemIndexId), skip, take, cancellationToken);
    }

    /// <summary>Every other listing: the item rows' covering indexes, the date (when sorted by it) joined from the range index.</summary>
    private async Task<(int Total, List<long> Ids)> HeaderKeysAsync(
        ContentListQuery query, IQueryable<DateTimeRangeIndex>? inRanges, int skip, int take, CancellationToken cancellationToken)
    {
        var rows = Headers(query, withPicker: true);
        if (inRanges is not null)
        {
            var matching = inRanges.Select(d => d.ContentItemIndexId);
            rows = rows.Where(r => matching.Contains(r.Id));
        }
        IQueryable<long> keys;
        if (query.Sort is ContentSort.DateAsc or ContentSort.DateDesc)
        {
            // The field alone (EndField ""): at most one row per version, none when the date is empty (sorted last).
            var part = query.DatePart!;
            var field = query.DateField!;
            var dated = from r in rows
                        join d in Db.DateTimeRangeIndex.Where(d => d.ContentPart == part && d.ContentField == field && d.EndField == "")
                            on r.ContentItemVersionId equals d.ContentItemVersionId into dates
                        from d in dates.DefaultIfEmpty()
                        select new { r.Id, Start = d != null ? d.Start : null };
            var ordered = query.Sort == ContentSort.DateAsc
                ? dated.OrderBy(x => x.Start == null).ThenBy(x => x.Start).ThenBy(x => x.Id)
                : dated.OrderBy(x => x.Start == null).ThenByDescending(x => x.Start).ThenByDescending(x => x.Id);
            keys = ordered.Select(x => x.Id);
        }
        else if (query.Sort is ContentSort.NumberAsc or ContentSort.NumberDesc)
        {
            // The smallest number the field's kind indexed for the version; items without one come last.
            var part = query.NumberPart!;
            var field = query.NumberField!;
            var numbered = rows.Select(r => new
            {
                r.Id,
                Number = Db.NumericFieldIndex
                    .Where(n => n.ContentItemVersionId == r.ContentItemVersionId && n.ContentPart == part && n.ContentField == field)
                    .Min(n => n.Number),
            });
            var ordered = query.Sort == ContentSort.NumberAsc
                ? numbered.OrderBy(x => x.Number == null).ThenBy(x => x.Number).ThenBy(x => x.Id)
                : numbered.OrderBy(x => x.Number == null).ThenByDescending(x => x.Number).ThenByDescending(x => x.Id);
            keys = ordered.Select(x => x.Id);
        }
        else
        {
            var ordered = query.Sort switch
            {
                ContentSort.ModifiedAsc => rows.OrderBy(r => r.ModifiedUtc).ThenBy(r => r.Id),
                ContentSort.DisplayTextAsc => rows.OrderBy(r => r.DisplayTextNormalized).ThenBy(r => r.Id),
                ContentSort.PublishedDesc => rows.OrderByDescending(r => r.PublishedUtc).ThenByDescending(r => r.Id),
                _ => rows.OrderByDescending(r => r.ModifiedUtc).ThenByDescending(r => r.Id),
            };
            keys = ordered.Select(r => r.Id);
        }
        return await CountAndCutAsync(rows, keys, skip, take, cancellationToken);
    }

    /// <summary>
    /// The total and the page's keys. The first page is read before counting: a page that is not full gives the total
    /// without a count (most lists); a page past the end is never read.
    /// </summary>
    private static async Task<(int Total, List<long> Ids)> CountAndCutAsync<T>(
        IQueryable<T> matching, IQueryable<long> orderedKeys, int skip, int take, CancellationToken cancellationToken)
    {
        if (skip == 0)
        {
            var first = await orderedKeys.Take(take).ToListAsync(cancellationToken);
            return (first.Count < take ? first.Count : await matching.CountAsync(cancellationToken), first);
        }
        var total = await matching.CountAsync(cancellationToken);
        if (skip >= total) return (total, []);
        return (total, await orderedKeys.Skip(skip).Take(take).ToListAsync(cancellationToken));
    }

    private static bool NeedsHeaderFilter(ContentListQuery query) =>
        !string.IsNullOrEmpty(query.Owner) || TextNormalizer.Fold(query.Text?.Trim()) is { Length: > 0 };

    /// <summary>The item rows matching the status, type, owner, title text (and picker) filters.</summary>
    private IQueryable<ContentItemIndex> Headers(ContentListQuery query, bool withPicker = false)
    {
        // Flags compared with parameters ("Latest" = @p), never as bare booleans: only an equality lets the planner
        // seek the composite indexes that start with the type and the flag.
        bool yes = true, no = false;
        var rows = Db.ContentItemIndex.AsNoTracking();
        rows = query.Status switch
        {
            ContentStatus.Draft => rows.Where(r => r.Latest == yes && r.Published == no),
            ContentStatus.Latest => rows.Where(r => r.Latest == yes),
            _ => rows.Where(r => r.Published == yes),
        };
        if (!string.IsNullOrEmpty(query.ContentType)) rows = rows.Where(r => r.ContentType == query.ContentType);
        if (ItemsInState(query.State) is { } inState) rows = rows.Where(r => inState.Contains(r.ContentItemId));
        if (!string.IsNullOrEmpty(query.Owner)) rows = rows.Where(r => r.Owner == query.Owner);
        if (TextNormalizer.Fold(query.Text?.Trim()) is { Length: > 0 } text)
        {
            var pattern = "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            var matchIds = query.TextMatchIds?.Where(id => !string.IsNullOrEmpty(id)).Distinct().ToList();
            rows = matchIds is { Count: > 0 }
                ? rows.Where(r => EF.Functions.Like(r.DisplayTextNormalized!, pattern, "\\") || matchIds.Contains(r.ContentItemId))
                : rows.Where(r => EF.Functions.Like(r.DisplayTextNormalized!, pattern, "\\"));
        }
        if (withPicker && PickingVersions(query) is { } picking)
        {
            rows = rows.Where(r => picking.Contains(r.ContentItemVersionId));
        }
        return rows;
    }

    /// <summary>The range rows (DatePart.DateField → EndDateField) matching the status, type, date and picker filters.</summary>
    private async Task<IQueryable<DateTimeRangeIndex>> RangesAsync(ContentListQuery query, CancellationToken cancellationToken)
    {
        bool yes = true, no = false;
        var part = query.DatePart!;
        var field = query.DateField!;
        var endField = string.IsNullOrEmpty(query.EndDateField) ? "" : query.EndDateField;
        var ranges = Db.DateTimeRangeIndex.AsNoTracking();
        if (!string.IsNullOrEmpty(query.ContentType)) ranges = ranges.Where(d => d.ContentType == query.ContentType);
        ranges = ranges.Where(d => d.ContentPart == part && d.ContentField == field && d.EndField == endField);
        ranges = query.Status switch
        {
            ContentStatus.Draft => ranges.Where(d => d.Latest == yes && d.Published == no),
            ContentStatus.Latest => ranges.Where(d => d.Latest == yes),
            _ => ranges.Where(d => d.Published == yes),
        };
        if (ItemsInState(query.State) is { } inState) ranges = ranges.Where(d => inState.Contains(d.ContentItemId));
        if (query.EndsOnOrAfterUtc is { } after) { var a = Utc(after); ranges = ranges.Where(d => d.End >= a); }
        if (query.EndsBeforeUtc is { } before) { var b = Utc(before); ranges = ranges.Where(d => d.End < b); }
        if (query.DateFromUtc is { } from) { var f = Utc(from); ranges = ranges.Where(d => d.Start >= f); }
        if (query.DateToUtc is { } to) { var t = Utc(to); ranges = ranges.Where(d => d.Start < t); }
        if (PickingVersions(query) is { } picking)
        {
            // Few picking versions (a theme's dozens of events): an IN (…) list built once. Thousands: building that
            // list per statement costs more than probing the covering (version, part, field, selected) index per row.
            if (await picking.OrderBy(v => v).Take(ManyPicks + 1).CountAsync(cancellationToken) <= ManyPicks)
            {
                ranges = ranges.Where(d => picking.Contains(d.ContentItemVersionId));
            }
            else
            {
                var ids = PickedIds(query);
                var pickerPart = query.PickerPart;
                var pickerField = query.PickerField;
                ranges = ranges.Where(d => Db.ContentPickerFieldIndex.Any(p => p.ContentItemVersionId == d.ContentItemVersionId
                    && p.ContentPart == pickerPart && p.ContentField == pickerField && ids.Contains(p.SelectedContentItemId)));
            }
        }
        return ranges;
    }

    /// <summary>
    /// The ids of the items in <paramref name="state"/>, as a subquery (null for any state). An item was ever published
    /// when one of its versions carries a publication date (publishing sets it; unpublishing keeps it).
    /// </summary>
    private IQueryable<string>? ItemsInState(ContentState state)
    {
        bool yes = true, no = false;
        var versions = Db.ContentItemIndex.AsNoTracking();
        var latest = versions.Where(r => r.Latest == yes);
        var live = versions.Where(r => r.Published == yes).Select(r => r.ContentItemId);
        var everPublished = versions.Where(r => r.PublishedUtc != null).Select(r => r.ContentItemId);
        return state switch
        {
            ContentState.Published => latest.Where(r => r.Published == yes).Select(r => r.ContentItemId),
            ContentState.PublishedWithDraft => latest.Where(r => r.Published == no && live.Contains(r.ContentItemId)).Select(r => r.ContentItemId),
            ContentState.NeverPublished => latest.Where(r => !everPublished.Contains(r.ContentItemId)).Select(r => r.ContentItemId),
            ContentState.Unpublished => latest.Where(r => !live.Contains(r.ContentItemId) && everPublished.Contains(r.ContentItemId)).Select(r => r.ContentItemId),
            ContentState.Scheduled => Db.ScheduledPublications.AsNoTracking()
                .Where(t => t.Action == ScheduledAction.Publish && t.Status == ScheduledTaskStatus.Pending).Select(t => t.ContentItemId),
            _ => null,
        };
    }

    /// <summary>Above this many picking versions, the picker filter probes per row instead of building an IN list.</summary>
    public int ManyPicks { get; init; } = 500;

    private static List<string> PickedIds(ContentListQuery query) =>
        (query.PickedAnyOf ?? []).Where(id => !string.IsNullOrEmpty(id)).Distinct().ToList();

    /// <summary>
    /// The versions whose picker holds any of the ids, as an uncorrelated IN (…) read from the covering
    /// SelectedContentItemId index (a correlated EXISTS let the planner scan every picking row for every candidate).
    /// </summary>
    private IQueryable<string>? PickingVersions(ContentListQuery query)
    {
        if (string.IsNullOrEmpty(query.PickerPart) || string.IsNullOrEmpty(query.PickerField) || query.PickedAnyOf is null) return null;
        bool yes = true;
        var ids = PickedIds(query);
        var picks = Db.ContentPickerFieldIndex.AsNoTracking()
            .Where(p => ids.Contains(p.SelectedContentItemId) && p.ContentPart == query.PickerPart && p.ContentField == query.PickerField);
        picks = query.Status == ContentStatus.Published ? picks.Where(p => p.Published == yes) : picks.Where(p => p.Latest == yes);
        return picks.Select(p => p.ContentItemVersionId);
    }

    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
