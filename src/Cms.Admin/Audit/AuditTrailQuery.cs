using Cms.Data;
using Cms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Cms.Admin.Audit;

/// <summary>A filter of the audit trail page; dates are Paris days as typed in the form.</summary>
public sealed record AuditTrailFilter
{
    public string? UserName { get; init; }
    public string? Kind { get; init; }
    public string? ContentType { get; init; }
    public string? ContentItemId { get; init; }
    public DateTime? FromUtc { get; init; }
    public DateTime? ToUtc { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}

/// <summary>Reads the audit rows the content manager writes (newest first, filtered and paginated in the database).</summary>
public sealed class AuditTrailQuery(CmsDbContext db)
{
    public static readonly IReadOnlyDictionary<string, string> KindLabels = new Dictionary<string, string>
    {
        ["Created"] = "Création",
        ["Saved"] = "Enregistrement",
        ["Autosaved"] = "Enregistrement automatique",
        ["Published"] = "Publication",
        ["Unpublished"] = "Dépublication",
        ["DraftDiscarded"] = "Brouillon abandonné",
        ["Deleted"] = "Suppression",
        ["Restored"] = "Restauration",
        ["Imported"] = "Import",
        [Media.MediaAudit.Uploaded] = "Téléversement d'un média",
        [Media.MediaAudit.Deleted] = "Suppression d'un média",
        [Media.MediaAudit.FolderCreated] = "Création d'un dossier de médias",
        ["TransferImport"] = "Import depuis le navigateur",
        ["TransferExport"] = "Export",
        ["PublishScheduled"] = "Publication programmée",
        ["UnpublishScheduled"] = "Dépublication programmée",
        ["ScheduleCancelled"] = "Programmation annulée",
        ["ScheduledPublished"] = "Publication programmée effectuée",
        ["ScheduledUnpublished"] = "Dépublication programmée effectuée",
        ["ScheduleFailed"] = "Programmation en échec",
    }.Concat(Users.AccountAudit.Labels).ToDictionary();

    public async Task<(IReadOnlyList<AuditTrailEvent> Rows, int Total)> ListAsync(AuditTrailFilter filter, CancellationToken cancellationToken = default)
    {
        var query = db.AuditTrail.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.UserName)) query = query.Where(e => e.UserName == filter.UserName);
        if (!string.IsNullOrWhiteSpace(filter.Kind)) query = query.Where(e => e.Kind == filter.Kind);
        if (!string.IsNullOrWhiteSpace(filter.ContentType)) query = query.Where(e => e.ContentType == filter.ContentType);
        if (!string.IsNullOrWhiteSpace(filter.ContentItemId)) query = query.Where(e => e.ContentItemId == filter.ContentItemId);
        if (filter.FromUtc is { } from) query = query.Where(e => e.Utc >= from);
        if (filter.ToUtc is { } to) query = query.Where(e => e.Utc < to);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(e => e.Utc).ThenByDescending(e => e.Id)
            .Skip(Offset(filter.Page, filter.PageSize, total)).Take(filter.PageSize)
            .ToListAsync(cancellationToken);
        return (rows, total);
    }

    /// <summary>
    /// Rows to skip for <paramref name="page"/>: the page is brought between the first and the last one, and the product
    /// computed in 64 bits, so no page number from the address bar overflows into a negative offset.
    /// </summary>
    internal static int Offset(int page, int pageSize, int total)
    {
        var size = Math.Max(1, pageSize);
        var lastPage = Math.Max(1L, ((long)total + size - 1) / size);
        return (int)((Math.Clamp(page, 1L, lastPage) - 1) * size);
    }

    /// <summary>The number (n° 1, 2…) of each version the rows name, so that the trail never shows a version id.</summary>
    public async Task<IReadOnlyDictionary<string, int>> VersionNumbersAsync(IEnumerable<AuditTrailEvent> rows, CancellationToken cancellationToken = default)
    {
        var ids = rows.Select(r => r.ContentItemVersionId).OfType<string>().Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<string, int>();
        return await db.ContentItemIndex.AsNoTracking().Where(r => ids.Contains(r.ContentItemVersionId))
            .ToDictionaryAsync(r => r.ContentItemVersionId, r => r.Number, cancellationToken);
    }

    /// <summary>Which of these items were ever made public (a publication in the trail).</summary>
    public async Task<IReadOnlySet<string>> EverPublishedAsync(IEnumerable<string> contentItemIds, CancellationToken cancellationToken = default)
    {
        var ids = contentItemIds.Distinct().ToList();
        if (ids.Count == 0) return new HashSet<string>();
        var kinds = PublicationKinds;
        var found = await db.AuditTrail.AsNoTracking()
            .Where(e => e.ContentItemId != null && ids.Contains(e.ContentItemId) && kinds.Contains(e.Kind))
            .Select(e => e.ContentItemId!).Distinct().ToListAsync(cancellationToken);
        return found.ToHashSet(StringComparer.Ordinal);
    }

    private static readonly string[] PublicationKinds = ["Published", "ScheduledPublished"];

    /// <summary>When each version of an item was made public (now or in the past), from its publication events.</summary>
    public async Task<IReadOnlyDictionary<string, DateTime>> PublicationsAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var kinds = PublicationKinds;
        var rows = await db.AuditTrail.AsNoTracking()
            .Where(e => e.ContentItemId == contentItemId && kinds.Contains(e.Kind) && e.ContentItemVersionId != null)
            .Select(e => new { e.ContentItemVersionId, e.Utc }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ContentItemVersionId!).ToDictionary(g => g.Key, g => g.Min(r => r.Utc));
    }

    /// <summary>The user names that appear in the trail, for the filter list.</summary>
    public async Task<IReadOnlyList<string>> UserNamesAsync(CancellationToken cancellationToken = default) =>
        await db.AuditTrail.AsNoTracking().Where(e => e.UserName != null).Select(e => e.UserName!).Distinct().OrderBy(n => n).Take(500).ToListAsync(cancellationToken);
}
