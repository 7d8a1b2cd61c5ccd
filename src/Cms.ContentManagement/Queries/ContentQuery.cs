using Cms.Abstractions.Content;
using Cms.ContentManagement.Indexing;
using Cms.ContentManagement.Text;
using Cms.Data;
using Cms.Data.Entities;
using Cms.Data.Services;
using Microsoft.EntityFrameworkCore;

namespace Cms.ContentManagement.Queries;

/// <summary>
/// <see cref="IContentQuery"/> as SQL over the index tables: filters on <see cref="ContentItemIndex"/> columns,
/// dates through <see cref="DateTimeFieldIndex"/>, pickers through <see cref="ContentPickerFieldIndex"/>; counted
/// and paginated by the database, only the page's documents are read.
/// </summary>
public sealed class ContentQuery(StoreUnitOfWork unitOfWork) : IContentQuery
{
    public const int MaxPageSize = 500;

    private CmsDbContext Db => unitOfWork.Db;

    public async Task<PagedResult<ContentItem>> ListAsync(ContentListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var usesDate = query.Sort is ContentSort.DateAsc or ContentSort.DateDesc
            || query.DateFromUtc is not null || query.DateToUtc is not null
            || query.EndsOnOrAfterUtc is not null || query.EndsBeforeUtc is not null;
        if (usesDate && (string.IsNullOrEmpty(query.DatePart) || string.IsNullOrEmpty(query.DateField)))
        {
            throw new ArgumentException("Date sorting and date filters need DatePart and DateField (e.g. Event / StartDate).", nameof(query));
        }

        var rows = Db.ContentItemIndex.AsNoTracking();
        rows = query.Status switch
        {
            ContentStatus.Draft => rows.Where(r => r.Latest && !r.Published),
            ContentStatus.Latest => rows.Where(r => r.Latest),
            _ => rows.Where(r => r.Published),
        };
        if (!string.IsNullOrEmpty(query.ContentType)) rows = rows.Where(r => r.ContentType == query.ContentType);
        if (!string.IsNullOrEmpty(query.Owner)) rows = rows.Where(r => r.Owner == query.Owner);
        if (TextNormalizer.Fold(query.Text?.Trim()) is { Length: > 0 } text)
        {
            var pattern = "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            rows = rows.Where(r => EF.Functions.Like(r.DisplayTextNormalized!, pattern, "\\"));
        }
        if (!string.IsNullOrEmpty(query.PickerPart) && !string.IsNullOrEmpty(query.PickerField) && query.PickedAnyOf is { } picked)
        {
            var ids = picked.Where(id => !string.IsNullOrEmpty(id)).Distinct().ToList();
            // An uncorrelated IN (…) evaluated once from the SelectedContentItemId index: a correlated EXISTS let the
            // planner scan every picking row for every candidate row (quadratic when one item is picked by thousands).
            var pickingVersions = Db.ContentPickerFieldIndex
                .Where(p => ids.Contains(p.SelectedContentItemId) && p.ContentPart == query.PickerPart && p.ContentField == query.PickerField)
                .Select(p => p.ContentItemVersionId);
            rows = rows.Where(r => pickingVersions.Contains(r.ContentItemVersionId));
        }

        var dated = rows.Select(r => new Dated
        {
            Row = r,
            Date = usesDate
                ? Db.DateTimeFieldIndex.Where(d => d.ContentItemVersionId == r.ContentItemVersionId && d.ContentPart == query.DatePart && d.ContentField == query.DateField)
                    .Select(d => d.Date).FirstOrDefault()
                : null,
            End = usesDate && !string.IsNullOrEmpty(query.EndDateField)
                ? Db.DateTimeFieldIndex.Where(d => d.ContentItemVersionId == r.ContentItemVersionId && d.ContentPart == query.DatePart && d.ContentField == query.EndDateField)
                    .Select(d => d.Date).FirstOrDefault()
                : null,
        });

        if (query.DateFromUtc is { } from) { var f = Utc(from); dated = dated.Where(x => x.Date >= f); }
        if (query.DateToUtc is { } to) { var t = Utc(to); dated = dated.Where(x => x.Date < t); }
        if (query.EndsOnOrAfterUtc is { } after) { var a = Utc(after); dated = dated.Where(x => (x.End ?? x.Date) >= a); }
        if (query.EndsBeforeUtc is { } before) { var b = Utc(before); dated = dated.Where(x => (x.End ?? x.Date) < b); }

        var total = await dated.CountAsync(cancellationToken);
        var ordered = query.Sort switch
        {
            ContentSort.ModifiedAsc => dated.OrderBy(x => x.Row.ModifiedUtc).ThenBy(x => x.Row.Id),
            ContentSort.DisplayTextAsc => dated.OrderBy(x => x.Row.DisplayTextNormalized).ThenBy(x => x.Row.Id),
            ContentSort.DateAsc => dated.OrderBy(x => x.Date == null).ThenBy(x => x.Date).ThenBy(x => x.Row.Id),
            ContentSort.DateDesc => dated.OrderBy(x => x.Date == null).ThenByDescending(x => x.Date).ThenByDescending(x => x.Row.Id),
            ContentSort.PublishedDesc => dated.OrderByDescending(x => x.Row.PublishedUtc).ThenByDescending(x => x.Row.Id),
            _ => dated.OrderByDescending(x => x.Row.ModifiedUtc).ThenByDescending(x => x.Row.Id),
        };
        var pageRows = await ordered.Skip((page - 1) * pageSize).Take(pageSize).Select(x => x.Row).ToListAsync(cancellationToken);
        return new PagedResult<ContentItem>(pageRows.Select(ContentIndexWriter.ToItem).ToList(), total, page, pageSize);
    }

    public async Task<IReadOnlyDictionary<string, int>> CountByTypeAsync(CancellationToken cancellationToken = default) =>
        await Db.ContentItemIndex.AsNoTracking().Where(r => r.Latest)
            .GroupBy(r => r.ContentType)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);

    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    private sealed class Dated
    {
        public required ContentItemIndex Row { get; init; }
        public DateTime? Date { get; init; }
        public DateTime? End { get; init; }
    }
}
