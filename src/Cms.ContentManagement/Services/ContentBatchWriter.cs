using Cms.Abstractions.Content;
using Cms.Abstractions.Security;
using Cms.ContentManagement.Definitions;
using Cms.ContentManagement.Handlers;
using Cms.ContentManagement.Indexing;
using Cms.Data;
using Cms.Data.Entities;
using Cms.Data.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using static Cms.ContentManagement.Indexing.BulkColumnKind;

namespace Cms.ContentManagement.Services;

/// <summary>
/// <see cref="IContentBatchWriter"/>: <see cref="ContentManager"/>'s import rules for many items at once. Reads the
/// items' current versions, version numbers and the owners of their paths in a few queries; runs the handlers'
/// Updating and Validating item by item in memory (<see cref="BatchPathUsage"/> answers path lookups); then writes:
/// demoted versions (one UPDATE each: only items that had a version), index rows of those items deleted (five
/// statements), new versions, audit rows, route and field index rows inserted in bulk (<see cref="BulkTable{T}"/>).
/// Items naming a version that is already stored go the plain way (<see cref="IContentManager.ImportAsync"/>).
/// </summary>
public sealed class ContentBatchWriter(StoreUnitOfWork unitOfWork, ContentDefinitionManager definitions, IEnumerable<IContentHandler> handlers,
    ICurrentUser currentUser, ContentIndexWriter indexes, TimeProvider clock, BatchPathUsage paths, IContentManager contentManager) : IContentBatchWriter
{
    private readonly IContentHandler[] _handlers = handlers.ToArray();
    private CmsDbContext Db => unitOfWork.Db;

    private static readonly BulkTable<ContentItemIndex> VersionRows = new("ContentItemIndex",
        new("Id", Long, r => r.Id), new("ContentItemId", Str, r => r.ContentItemId), new("ContentItemVersionId", Str, r => r.ContentItemVersionId),
        new("ContentType", Str, r => r.ContentType), new("Number", Int, r => r.Number), new("Latest", Bool, r => r.Latest),
        new("Published", Bool, r => r.Published), new("DisplayText", Str, r => r.DisplayText), new("DisplayTextNormalized", Str, r => r.DisplayTextNormalized),
        new("Path", Str, r => r.Path), new("CreatedUtc", UtcDateTime, r => r.CreatedUtc), new("ModifiedUtc", UtcDateTime, r => r.ModifiedUtc),
        new("PublishedUtc", UtcDateTime, r => r.PublishedUtc), new("Owner", Str, r => r.Owner), new("Author", Str, r => r.Author),
        new("Document", Str, r => r.Document));

    private static readonly BulkTable<AuditTrailEvent> AuditRows = new("AuditTrail",
        new("Utc", UtcDateTime, r => r.Utc), new("UserName", Str, r => r.UserName), new("Kind", Str, r => r.Kind),
        new("ContentItemId", Str, r => r.ContentItemId), new("ContentType", Str, r => r.ContentType),
        new("ContentItemVersionId", Str, r => r.ContentItemVersionId), new("DisplayText", Str, r => r.DisplayText), new("Details", Str, r => r.Details));

    private static readonly BulkTable<AutorouteIndex> RouteRows = new("AutorouteIndex",
        new("Path", Str, r => r.Path), new("ContentItemId", Str, r => r.ContentItemId), new("ContentItemVersionId", Str, r => r.ContentItemVersionId));

    private static BulkColumn<T>[] FieldColumns<T>(params BulkColumn<T>[] own) where T : FieldIndexBase =>
    [
        new("ContentItemId", Str, r => r.ContentItemId), new("ContentItemVersionId", Str, r => r.ContentItemVersionId),
        new("ContentType", Str, r => r.ContentType), new("ContentPart", Str, r => r.ContentPart), new("ContentField", Str, r => r.ContentField),
        new("Latest", Bool, r => r.Latest), new("Published", Bool, r => r.Published), .. own,
    ];

    private static readonly BulkTable<DateTimeFieldIndex> DateRows = new("DateTimeFieldIndex", FieldColumns(new BulkColumn<DateTimeFieldIndex>("Date", UtcDateTime, r => r.Date)));
    private static readonly BulkTable<ContentPickerFieldIndex> PickerRows = new("ContentPickerFieldIndex",
        FieldColumns(new BulkColumn<ContentPickerFieldIndex>("SelectedContentItemId", Str, r => r.SelectedContentItemId)));
    private static readonly BulkTable<NumericFieldIndex> NumberRows = new("NumericFieldIndex", FieldColumns(new BulkColumn<NumericFieldIndex>("Number", BulkColumnKind.Double, r => r.Number)));
    private static readonly BulkTable<DateTimeRangeIndex> RangeRows = new("DateTimeRangeIndex", FieldColumns(
        new BulkColumn<DateTimeRangeIndex>("ContentItemIndexId", Long, r => r.ContentItemIndexId), new BulkColumn<DateTimeRangeIndex>("EndField", Str, r => r.EndField),
        new BulkColumn<DateTimeRangeIndex>("Start", UtcDateTime, r => r.Start), new BulkColumn<DateTimeRangeIndex>("End", UtcDateTime, r => r.End)));

    public async Task<IReadOnlyDictionary<string, ContentItem>> GetPublishedByPathsAsync(IEnumerable<string> pathList, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        var asked = pathList.Distinct(StringComparer.Ordinal).GroupBy(p => AutoroutePaths.Normalize(p), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var chunk in asked.Keys.Chunk(500))
        {
            var rows = await Db.AutorouteIndex.AsNoTracking()
                .Where(r => chunk.Contains(r.Path))
                .Join(Db.ContentItemIndex.AsNoTracking().Where(c => c.Published), r => r.ContentItemVersionId, c => c.ContentItemVersionId, (r, c) => new { r.Path, Row = c })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                var item = ContentIndexWriter.ToItem(row.Row);
                foreach (var path in asked[row.Path]) found[path] = item;
            }
        }
        return found;
    }

    public async Task<ImportResult> ImportBatchAsync(IReadOnlyList<ContentItem> input, CancellationToken cancellationToken = default)
    {
        if (input.Count == 0) return new ImportResult(0, 0, 0);
        // Replacing a stored version in place, or two versions of one item in a call: the plain path, item by item.
        var versionIds = input.Select(i => i.ContentItemVersionId).Where(v => !string.IsNullOrEmpty(v)).ToList();
        var sameItemTwice = input.Where(i => !string.IsNullOrEmpty(i.ContentItemId)).GroupBy(i => i.ContentItemId).Any(g => g.Count() > 1);
        if (sameItemTwice || await AnyStoredVersionAsync(versionIds, cancellationToken))
        {
            return await contentManager.ImportAsync(input, cancellationToken);
        }

        paths.Begin();
        try
        {
            return await ContentManager.WriteAsync(unitOfWork, _handlers, (changes, ct) => WriteAsync(input.Select(i => i.Clone()).ToList(), changes, ct), cancellationToken);
        }
        finally
        {
            paths.End();
        }
    }

    private async Task<bool> AnyStoredVersionAsync(List<string> versionIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in versionIds.Chunk(500))
        {
            if (await Db.ContentItemIndex.AnyAsync(r => chunk.Contains(r.ContentItemVersionId), cancellationToken)) return true;
        }
        return false;
    }

    private async Task<ImportResult> WriteAsync(List<ContentItem> items, List<ContentChange> changes, CancellationToken ct)
    {
        foreach (var item in items)
        {
            _ = await definitions.TypeSnapshotAsync(item.ContentType, ct)
                ?? throw new InvalidOperationException($"Unknown content type '{item.ContentType}': define it in a data migration or a ContentDefinition recipe step.");
            if (string.IsNullOrEmpty(item.ContentItemId)) item.ContentItemId = IdGenerator.NewId();
            if (!item.Latest && !item.Published) item.Latest = true;
            ContentManager.TruncateDates(item);
        }

        // What the store holds for these items: their latest and published versions, their highest version number.
        var ids = items.Select(i => i.ContentItemId).ToList();
        var current = new Dictionary<string, List<ContentItemIndex>>(StringComparer.Ordinal);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var row in await Db.ContentItemIndex.AsNoTracking().Where(r => chunk.Contains(r.ContentItemId) && (r.Latest || r.Published)).ToListAsync(ct))
            {
                if (!current.TryGetValue(row.ContentItemId, out var list)) current[row.ContentItemId] = list = [];
                list.Add(row);
            }
            var withVersions = current.Keys.Where(chunk.Contains).ToList();
            if (withVersions.Count > 0)
            {
                var max = await Db.ContentItemIndex.Where(r => withVersions.Contains(r.ContentItemId))
                    .GroupBy(r => r.ContentItemId).Select(g => new { g.Key, Max = g.Max(r => r.Number) }).ToListAsync(ct);
                foreach (var m in max) numbers[m.Key] = m.Max;
            }
        }
        await paths.LoadAsync(items.Select(i => AutoroutePaths.Normalize(i.As<AutoroutePart>()?.Path)), ct);

        var now = ContentManager.MicroNow(clock);
        var demoted = new List<ContentItemIndex>();
        var inserted = new List<ContentItemIndex>();
        var insertedItems = new List<ContentItem>();
        var audit = new List<AuditTrailEvent>();
        var reindexed = new HashSet<string>(StringComparer.Ordinal);
        int created = 0, unchanged = 0;
        foreach (var item in items)
        {
            foreach (var handler in _handlers) await handler.UpdatingAsync(item, ct);
            var others = current.GetValueOrDefault(item.ContentItemId) ?? [];
            if (string.IsNullOrEmpty(item.ContentItemVersionId))
            {
                var latest = others.FirstOrDefault(r => r.Latest);
                if (latest is not null && (!item.Published || latest.Published) && ContentManager.SameImportedContent(ContentIndexWriter.ToItem(latest), item))
                {
                    unchanged++;
                    continue;
                }
            }
            var errors = new List<ContentValidationError>();
            foreach (var handler in _handlers) await handler.ValidatingAsync(item, item.Published, errors, ct);
            if (errors.Count > 0) throw new ContentValidationException(errors);

            var previous = others.FirstOrDefault();
            item.CreatedUtc ??= previous?.CreatedUtc ?? now;
            item.ModifiedUtc ??= now;
            if (item.Published) item.PublishedUtc ??= now;
            item.Owner ??= previous?.Owner ?? currentUser.UserId ?? currentUser.UserName;
            item.Author ??= currentUser.UserName;
            if (string.IsNullOrEmpty(item.ContentItemVersionId)) item.ContentItemVersionId = IdGenerator.NewId();
            foreach (var other in others)
            {
                var (wasLatest, wasPublished) = (other.Latest, other.Published);
                ContentIndexWriter.SetFlags(other, other.Latest && !item.Latest, other.Published && !item.Published);
                if (other.Latest == wasLatest && other.Published == wasPublished) continue;
                demoted.Add(other);
                if (!other.Latest && !other.Published) paths.Release(other.ContentItemVersionId, other.Path);
            }
            if (others.Count > 0) reindexed.Add(item.ContentItemId);
            else created++;

            var row = new ContentItemIndex { Number = numbers.GetValueOrDefault(item.ContentItemId) + 1 };
            ContentIndexWriter.Fill(row, item);
            inserted.Add(row);
            insertedItems.Add(item);
            if (row.Path is { Length: > 0 } path) paths.Add(new PathOwner(path, row.ContentItemVersionId, row.ContentItemId, row.ContentType, row.DisplayText, row.Published));
            audit.Add(ContentManager.AuditRow(nameof(ContentChangeKind.Imported), item, "version ajoutée", now, currentUser.UserName));
            changes.Add(new ContentChange(ContentChangeKind.Imported, item.ContentItemId, item.ContentType, item.ContentItemVersionId, currentUser.UserName)
            {
                Item = item,
                NoPublishedVersion = !item.Published && !others.Any(o => o.Published),
            });
        }

        // Demotions first: the store never holds two latest or two published versions of an item.
        foreach (var row in demoted)
        {
            await Db.ContentItemIndex.Where(r => r.Id == row.Id).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Latest, row.Latest).SetProperty(r => r.Published, row.Published).SetProperty(r => r.Document, row.Document), ct);
        }
        if (reindexed.Count > 0)
        {
            var stale = reindexed.ToList();
            await Db.AutorouteIndex.Where(r => stale.Contains(r.ContentItemId)).ExecuteDeleteAsync(ct);
            await Db.DateTimeFieldIndex.Where(r => stale.Contains(r.ContentItemId)).ExecuteDeleteAsync(ct);
            await Db.ContentPickerFieldIndex.Where(r => stale.Contains(r.ContentItemId)).ExecuteDeleteAsync(ct);
            await Db.NumericFieldIndex.Where(r => stale.Contains(r.ContentItemId)).ExecuteDeleteAsync(ct);
            await Db.DateTimeRangeIndex.Where(r => stale.Contains(r.ContentItemId)).ExecuteDeleteAsync(ct);
        }

        var newIds = await ReserveIdsAsync(inserted.Count, ct);
        for (var i = 0; i < inserted.Count; i++) inserted[i].Id = newIds[i];
        await VersionRows.InsertAsync(Db, inserted, ct);

        // Index rows of every current version of the items written: the new ones, and those of reindexed items that kept a flag.
        var snapshot = await definitions.SnapshotAsync(ct);
        var index = new IndexRows();
        for (var i = 0; i < inserted.Count; i++) indexes.AddRows(snapshot, inserted[i], index, insertedItems[i]);
        foreach (var id in reindexed)
        {
            foreach (var row in current[id].Where(r => r.Latest || r.Published)) indexes.AddRows(snapshot, row, index);
        }
        await RouteRows.InsertAsync(Db, index.Routes, ct);
        await DateRows.InsertAsync(Db, index.Dates, ct);
        await PickerRows.InsertAsync(Db, index.Pickers, ct);
        await NumberRows.InsertAsync(Db, index.Numbers, ct);
        await RangeRows.InsertAsync(Db, index.Ranges, ct);
        await AuditRows.InsertAsync(Db, audit, ct);
        return new ImportResult(created, inserted.Count - created, unchanged);
    }

    /// <summary>
    /// <paramref name="count"/> new ids of <c>ContentItemIndex</c> (range rows name their version's id): drawn from the
    /// identity's sequence on PostgreSQL; on SQLite the ones after the highest id ever given, the transaction
    /// (<c>BEGIN IMMEDIATE</c>) holding the single writer's lock until it ends.
    /// </summary>
    private async Task<long[]> ReserveIdsAsync(int count, CancellationToken ct)
    {
        var ids = new long[count];
        if (count == 0) return ids;
        var connection = Db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = Db.Database.CurrentTransaction!.GetDbTransaction();
        if (connection is NpgsqlConnection)
        {
            command.CommandText = $"SELECT nextval(pg_get_serial_sequence('\"ContentItemIndex\"', 'Id')) FROM generate_series(1, {count})";
            await using var reader = await command.ExecuteReaderAsync(ct);
            for (var i = 0; await reader.ReadAsync(ct); i++) ids[i] = reader.GetInt64(0);
            return ids;
        }
        command.CommandText = "SELECT MAX(COALESCE((SELECT \"seq\" FROM sqlite_sequence WHERE \"name\" = 'ContentItemIndex'), 0), " +
            "COALESCE((SELECT MAX(\"Id\") FROM \"ContentItemIndex\"), 0)) + 1";
        var first = Convert.ToInt64(await command.ExecuteScalarAsync(ct));
        for (var i = 0; i < count; i++) ids[i] = first + i;
        return ids;
    }
}
