using Cms.Abstractions.Time;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.ContentManagement.Definitions;
using Cms.Abstractions.Security;
using Cms.ContentManagement.Indexing;
using Cms.Data;
using Cms.Data.Entities;
using Cms.Data.Services;
using Microsoft.EntityFrameworkCore;

namespace Cms.ContentManagement.Services;

/// <summary>
/// <see cref="IContentManager"/> over <see cref="ContentItemIndex"/> rows (one per version). Every write is one
/// transaction (or a savepoint of the open <see cref="StoreUnitOfWork"/> transaction) holding the versions, the
/// indexes and the audit trail; handlers' <c>ChangedAsync</c> run after the commit. Reads are not tracked and the
/// change tracker is cleared after each write, so long imports keep a flat memory use.
/// </summary>
public sealed class ContentManager(
    StoreUnitOfWork unitOfWork,
    ContentDefinitionManager definitions,
    IEnumerable<IContentHandler> handlers,
    ICurrentUser currentUser,
    ContentIndexWriter indexes,
    TimeProvider clock,
    ISiteClock siteClock) : IContentManager
{
    private readonly IContentHandler[] _handlers = handlers.ToArray();

    private CmsDbContext Db => unitOfWork.Db;

    /// <summary>The current UTC time to the microsecond, the precision every provider stores (PostgreSQL's).</summary>
    private DateTime Now => MicroNow(clock);

    internal static DateTime MicroNow(TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - now.Ticks % 10, DateTimeKind.Utc);
    }

    public async Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default)
    {
        var type = await RequireTypeAsync(contentType, cancellationToken);
        var item = new ContentItem
        {
            ContentItemId = IdGenerator.NewId(),
            ContentItemVersionId = IdGenerator.NewId(),
            ContentType = type.Name,
        };
        foreach (var part in type.ContentTypePartDefinitionRecords) item.Part(part.Name);
        return item;
    }

    public async Task<ContentItem> CreateAsync(ContentItem item, bool publish, CancellationToken cancellationToken = default)
    {
        try
        {
            return await WriteAsync(async (changes, ct) =>
            {
                var created = await CreateCoreAsync(item.Clone(), publish, ct);
                changes.Add(Change(ContentChangeKind.Created, created));
                if (publish) changes.Add(Change(ContentChangeKind.Published, created));
                return created;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            await ExplainLostRaceAsync(item, cancellationToken);
            throw;
        }
    }

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default)
    {
        var row = await Versions(options).AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemId == contentItemId, cancellationToken);
        return row is null ? null : ContentIndexWriter.ToItem(row);
    }

    public async Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default)
    {
        var row = await Db.ContentItemIndex.AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemVersionId == contentItemVersionId, cancellationToken);
        return row is null ? null : ContentIndexWriter.ToItem(row);
    }

    public async Task<ContentItem?> GetByPathAsync(string path, CancellationToken cancellationToken = default)
    {
        // Stored paths are normalized: "/Agenda/Été/" can only be "agenda/ete".
        var normalized = Handlers.AutoroutePaths.Normalize(path);
        if (normalized.Length == 0) return null;
        var row = await PublishedRoutes(Db.AutorouteIndex.AsNoTracking().Where(r => r.Path == normalized))
            .Select(p => p.Item)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ContentIndexWriter.ToItem(row);
    }

    public async Task<IReadOnlyDictionary<string, ContentItem>> GetManyByPathAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var normalizedOf = paths.Distinct(StringComparer.Ordinal)
            .Select(path => (Path: path, Normalized: Handlers.AutoroutePaths.Normalize(path)))
            .Where(p => p.Normalized.Length > 0)
            .ToList();
        var found = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        foreach (var chunk in normalizedOf.Select(p => p.Normalized).Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var rows = await PublishedRoutes(Db.AutorouteIndex.AsNoTracking().Where(r => chunk.Contains(r.Path))).ToListAsync(cancellationToken);
            foreach (var row in rows) found[row.Path] = ContentIndexWriter.ToItem(row.Item);
        }
        return normalizedOf.Where(p => found.ContainsKey(p.Normalized)).ToDictionary(p => p.Path, p => found[p.Normalized], StringComparer.Ordinal);
    }

    /// <summary>The published versions routed at the given route rows' paths (a path has at most one route row).</summary>
    private IQueryable<PublishedRoute> PublishedRoutes(IQueryable<AutorouteIndex> routes) =>
        routes.Join(Db.ContentItemIndex.AsNoTracking().Where(c => c.Published), r => r.ContentItemVersionId, c => c.ContentItemVersionId, (r, c) => new PublishedRoute { Path = r.Path, Item = c });

    private sealed class PublishedRoute
    {
        public required string Path { get; init; }
        public required ContentItemIndex Item { get; init; }
    }

    public async Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default)
    {
        var ids = contentItemIds.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0) return [];
        var found = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            var rows = await Versions(options).AsNoTracking().Where(r => chunk.Contains(r.ContentItemId)).ToListAsync(cancellationToken);
            foreach (var row in rows) found[row.ContentItemId] = ContentIndexWriter.ToItem(row);
        }
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    public async Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var rows = await Db.ContentItemIndex.AsNoTracking()
            .Where(r => r.ContentItemId == contentItemId).OrderBy(r => r.Number).ToListAsync(cancellationToken);
        return rows.Select(ContentIndexWriter.ToItem).ToList();
    }

    public Task<ContentItem> SaveDraftAsync(ContentItem item, CancellationToken cancellationToken = default) =>
        SaveAsync(item, publish: false, cancellationToken);

    public Task<ContentItem> PublishAsync(ContentItem item, CancellationToken cancellationToken = default) =>
        SaveAsync(item, publish: true, cancellationToken);

    public Task<ContentItem> AutosaveAsync(ContentItem item, CancellationToken cancellationToken = default) =>
        SaveAsync(item, publish: false, cancellationToken, autosave: true);

    public Task UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        WriteAsync(async (changes, ct) =>
        {
            var published = await Db.ContentItemIndex.FirstOrDefaultAsync(r => r.ContentItemId == contentItemId && r.Published, ct);
            if (published is null)
            {
                await RequireExistsAsync(contentItemId, ct);
                return true;
            }
            ContentIndexWriter.SetFlags(published, published.Latest, published: false);
            var item = ContentIndexWriter.ToItem(published);
            Audit(ContentChangeKind.Unpublished, item, null);
            await SaveAndIndexAsync(contentItemId, hadIndexRows: true, ct);
            changes.Add(Change(ContentChangeKind.Unpublished, item));
            return true;
        }, cancellationToken);

    public Task DiscardDraftAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        WriteAsync(async (changes, ct) =>
        {
            var latest = await Db.ContentItemIndex.FirstOrDefaultAsync(r => r.ContentItemId == contentItemId && r.Latest, ct)
                ?? throw new ContentNotFoundException(contentItemId);
            if (latest.Published)
            {
                throw new InvalidOperationException($"L'élément « {latest.DisplayText} » n'a pas de brouillon : sa dernière version est publiée.");
            }
            ContentIndexWriter.SetFlags(latest, latest: false, published: false);
            await Db.SaveChangesAsync(ct);
            var published = await Db.ContentItemIndex.FirstOrDefaultAsync(r => r.ContentItemId == contentItemId && r.Published, ct);
            if (published is not null) ContentIndexWriter.SetFlags(published, latest: true, published: true);
            var item = ContentIndexWriter.ToItem(latest);
            Audit(ContentChangeKind.DraftDiscarded, item, published is null ? "aucune version publiée : l'élément n'a plus de version courante" : null);
            await SaveAndIndexAsync(contentItemId, hadIndexRows: true, ct);
            changes.Add(Change(ContentChangeKind.DraftDiscarded, item));
            return true;
        }, cancellationToken);

    public Task DeleteAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        WriteAsync(async (changes, ct) =>
        {
            var current = await Db.ContentItemIndex.Where(r => r.ContentItemId == contentItemId && (r.Latest || r.Published)).ToListAsync(ct);
            if (current.Count == 0) throw new ContentNotFoundException(contentItemId);
            foreach (var row in current) ContentIndexWriter.SetFlags(row, latest: false, published: false);
            var item = ContentIndexWriter.ToItem(current.OrderByDescending(r => r.Number).First());
            Audit(ContentChangeKind.Deleted, item, null);
            await SaveAndIndexAsync(contentItemId, hadIndexRows: true, ct);
            changes.Add(Change(ContentChangeKind.Deleted, item));
            return true;
        }, cancellationToken);

    public Task<ContentItem> RestoreAsync(string contentItemVersionId, CancellationToken cancellationToken = default) =>
        WriteAsync(async (changes, ct) =>
        {
            var source = await Db.ContentItemIndex.AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemVersionId == contentItemVersionId, ct)
                ?? throw new ContentNotFoundException(contentItemVersionId);
            var item = ContentIndexWriter.ToItem(source);
            await PrepareAsync(item, publishing: false, ct);
            var latest = await Db.ContentItemIndex.FirstOrDefaultAsync(r => r.ContentItemId == item.ContentItemId && r.Latest, ct);
            if (latest is not null) ContentIndexWriter.SetFlags(latest, latest: false, published: latest.Published);
            await Db.SaveChangesAsync(ct);
            item.ContentItemVersionId = IdGenerator.NewId();
            item.Latest = true;
            item.Published = false;
            item.ModifiedUtc = Now;
            item.Author = currentUser.UserName;
            await AddVersionAsync(item, ct);
            Audit(ContentChangeKind.Restored, item, $"depuis la version n° {source.Number} du {SiteTimeDisplay(source.ModifiedUtc)}");
            await SaveAndIndexAsync(item.ContentItemId, hadIndexRows: latest is not null, ct);
            changes.Add(Change(ContentChangeKind.Restored, item));
            return item;
        }, cancellationToken);

    public Task<ImportResult> ImportAsync(IEnumerable<ContentItem> items, CancellationToken cancellationToken = default) =>
        WriteAsync(async (changes, ct) =>
        {
            int created = 0, updated = 0, unchanged = 0;
            foreach (var input in items)
            {
                switch (await ImportOneAsync(input.Clone(), changes, ct))
                {
                    case ImportOutcome.Created: created++; break;
                    case ImportOutcome.Updated: updated++; break;
                    default: unchanged++; break;
                }
                Db.ChangeTracker.Clear();
            }
            return new ImportResult(created, updated, unchanged);
        }, cancellationToken);

    private enum ImportOutcome { Created, Updated, Unchanged }

    /// <summary>
    /// Orchard Core's import: a version already stored (same ContentItemVersionId) with the same content is skipped,
    /// otherwise overwritten; a new version is added. The imported version takes the Latest / Published flags it
    /// carries away from the item's other versions. Without a ContentItemVersionId, an item whose latest version
    /// has the same content (and is published when the import is) is left alone. An item carrying neither flag is
    /// imported as the latest draft.
    /// </summary>
    private async Task<ImportOutcome> ImportOneAsync(ContentItem item, List<ContentChange> changes, CancellationToken ct)
    {
        await RequireTypeAsync(item.ContentType, ct);
        if (string.IsNullOrEmpty(item.ContentItemId)) item.ContentItemId = IdGenerator.NewId();
        if (!item.Latest && !item.Published) item.Latest = true;
        TruncateDates(item);

        ContentItemIndex? existing = null;
        if (!string.IsNullOrEmpty(item.ContentItemVersionId))
        {
            existing = await Db.ContentItemIndex.FirstOrDefaultAsync(r => r.ContentItemVersionId == item.ContentItemVersionId, ct);
            if (existing is not null && existing.ContentItemId != item.ContentItemId)
            {
                throw new InvalidOperationException(
                    $"Version '{item.ContentItemVersionId}' belongs to item '{existing.ContentItemId}', not to '{item.ContentItemId}'.");
            }
        }

        foreach (var handler in _handlers) await handler.UpdatingAsync(item, ct);

        if (existing is not null)
        {
            if (SameImportedContent(ContentIndexWriter.ToItem(existing), item)) return ImportOutcome.Unchanged;
        }
        else if (string.IsNullOrEmpty(item.ContentItemVersionId))
        {
            var latest = await Db.ContentItemIndex.AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemId == item.ContentItemId && r.Latest, ct);
            if (latest is not null && (!item.Published || latest.Published) && SameImportedContent(ContentIndexWriter.ToItem(latest), item))
            {
                return ImportOutcome.Unchanged;
            }
        }

        await ValidateAsync(item, item.Published, ct);

        var others = await Db.ContentItemIndex
            .Where(r => r.ContentItemId == item.ContentItemId && r.ContentItemVersionId != item.ContentItemVersionId && (r.Latest || r.Published))
            .ToListAsync(ct);
        var current = others.FirstOrDefault();
        var now = Now;
        item.CreatedUtc ??= existing?.CreatedUtc ?? current?.CreatedUtc ?? now;
        item.ModifiedUtc ??= now;
        if (item.Published) item.PublishedUtc ??= now;
        item.Owner ??= existing?.Owner ?? current?.Owner ?? OwnerId();
        item.Author ??= currentUser.UserName;
        if (string.IsNullOrEmpty(item.ContentItemVersionId)) item.ContentItemVersionId = IdGenerator.NewId();
        foreach (var other in others)
        {
            ContentIndexWriter.SetFlags(other, other.Latest && !item.Latest, other.Published && !item.Published);
        }
        // Demotions are stored before the imported version; a first version has none to store.
        if (others.Count > 0) await Db.SaveChangesAsync(ct);

        var hadIndexRows = others.Count > 0 || existing is { Latest: true } or { Published: true };
        if (existing is null) await AddVersionAsync(item, ct);
        else ContentIndexWriter.Fill(existing, item);
        Audit(ContentChangeKind.Imported, item, existing is null ? "version ajoutée" : "version remplacée");
        await SaveAndIndexAsync(item.ContentItemId, hadIndexRows, ct);
        changes.Add(Change(ContentChangeKind.Imported, item));
        return existing is null ? ImportOutcome.Created : ImportOutcome.Updated;
    }

    /// <summary>Same content, and the same header values wherever the imported item gives one (Latest and Published ignored).</summary>
    internal static bool SameImportedContent(ContentItem stored, ContentItem imported) =>
        stored.ContentType == imported.ContentType &&
        stored.HasSameContentAs(imported) &&
        (imported.CreatedUtc is null || imported.CreatedUtc == stored.CreatedUtc) &&
        (imported.ModifiedUtc is null || imported.ModifiedUtc == stored.ModifiedUtc) &&
        (imported.PublishedUtc is null || imported.PublishedUtc == stored.PublishedUtc) &&
        (imported.Owner is null || imported.Owner == stored.Owner) &&
        (imported.Author is null || imported.Author == stored.Author);

    /// <summary>
    /// A save that loses a race with another writer of the same item (the store refuses a second latest or
    /// published version) is reported as the conflict it is.
    /// </summary>
    private async Task<ContentItem> SaveAsync(ContentItem input, bool publish, CancellationToken cancellationToken, bool autosave = false)
    {
        try
        {
            return await SaveCoreAsync(input, publish, autosave, cancellationToken);
        }
        catch (DbUpdateException)
        {
            await ExplainLostRaceAsync(input, cancellationToken);
            throw;
        }
    }

    /// <summary>
    /// After the store refused a write (already rolled back) because another writer got there first: a newer latest
    /// version is a <see cref="ContentConflictException"/>, a path now published by another item a validation error.
    /// </summary>
    private async Task ExplainLostRaceAsync(ContentItem input, CancellationToken cancellationToken)
    {
        var latest = await Db.ContentItemIndex.AsNoTracking()
            .Where(r => r.ContentItemId == input.ContentItemId && r.Latest)
            .Select(r => new { r.ContentItemVersionId, r.Author, r.ModifiedUtc }).FirstOrDefaultAsync(cancellationToken);
        if (latest is not null && latest.ContentItemVersionId != input.ContentItemVersionId)
        {
            throw new ContentConflictException(input.ContentItemId, latest.ContentItemVersionId, latest.Author, latest.ModifiedUtc);
        }
        var path = Handlers.AutoroutePaths.Normalize(input.As<AutoroutePart>()?.Path);
        if (path.Length > 0 && await Db.AutorouteIndex.AsNoTracking().AnyAsync(r => r.Path == path && r.ContentItemId != input.ContentItemId, cancellationToken))
        {
            throw new ContentValidationException([new ContentValidationError("AutoroutePart.Path",
                $"L'adresse « {path} » vient d'être publiée par un autre élément : choisissez-en une autre.")]);
        }
    }

    private Task<ContentItem> SaveCoreAsync(ContentItem input, bool publish, bool autosave, CancellationToken cancellationToken) =>
        WriteAsync(async (changes, ct) =>
        {
            var item = input.Clone();
            var latest = await Db.ContentItemIndex.FirstOrDefaultAsync(r => r.ContentItemId == item.ContentItemId && r.Latest, ct);
            if (latest is null)
            {
                if (await Db.ContentItemIndex.AnyAsync(r => r.ContentItemId == item.ContentItemId, ct))
                {
                    throw new ContentNotFoundException(item.ContentItemId);
                }
                var created = await CreateCoreAsync(item, publish, ct);
                changes.Add(Change(ContentChangeKind.Created, created));
                if (publish) changes.Add(Change(ContentChangeKind.Published, created));
                return created;
            }
            if (item.ContentItemVersionId != latest.ContentItemVersionId)
            {
                throw new ContentConflictException(item.ContentItemId, latest.ContentItemVersionId, latest.Author, latest.ModifiedUtc);
            }
            if (item.ContentType != latest.ContentType)
            {
                throw new InvalidOperationException($"Content item '{item.ContentItemId}' is a {latest.ContentType}, not a {item.ContentType}.");
            }

            var type = await RequireTypeAsync(item.ContentType, ct);
            await PrepareAsync(item, publish, ct);
            var versionable = type.Settings.Get<ContentTypeSettings>().Versionable;
            // The user's own automatic save is a slot, not a version of the history: this save takes its place.
            var autosaveSlot = latest.Published ? null : await AutosaveSlotAsync(latest, ct);
            var newVersion = autosaveSlot is null && (versionable || (latest.Published && !publish));

            item.CreatedUtc = latest.CreatedUtc;
            item.Owner = latest.Owner;
            item.Author = currentUser.UserName;
            item.ModifiedUtc = Now;
            item.Latest = true;
            item.Published = publish;
            item.PublishedUtc = publish ? Now : latest.PublishedUtc;

            if (publish)
            {
                var published = await Db.ContentItemIndex
                    .Where(r => r.ContentItemId == item.ContentItemId && r.Published && r.Id != latest.Id).ToListAsync(ct);
                foreach (var row in published) ContentIndexWriter.SetFlags(row, row.Latest, published: false);
            }
            if (newVersion) ContentIndexWriter.SetFlags(latest, latest: false, published: latest.Published && !publish);
            // Demotions are stored first: the store never holds two latest or two published versions of an item.
            await Db.SaveChangesAsync(ct);
            if (newVersion)
            {
                item.ContentItemVersionId = IdGenerator.NewId();
                await AddVersionAsync(item, ct);
            }
            else
            {
                // A new id for the replaced slot: a form still holding the old one is told of the change.
                if (autosaveSlot is not null) item.ContentItemVersionId = IdGenerator.NewId();
                ContentIndexWriter.Fill(latest, item);
            }
            var kind = publish ? ContentChangeKind.Published : ContentChangeKind.Saved;
            if (autosave)
            {
                // One audit row per slot, kept up to date, instead of one every few seconds.
                if (autosaveSlot is not null) { autosaveSlot.Utc = Now; autosaveSlot.ContentItemVersionId = item.ContentItemVersionId; }
                else AuditKind(AutosavedKind, item, "enregistrement automatique");
            }
            else
            {
                if (autosaveSlot is not null) Db.AuditTrail.Remove(autosaveSlot);
                Audit(kind, item, newVersion ? "nouvelle version" : autosaveSlot is not null ? "remplace l'enregistrement automatique" : "version mise à jour");
            }
            await SaveAndIndexAsync(item.ContentItemId, hadIndexRows: true, ct);
            changes.Add(Change(kind, item));
            return item;
        }, cancellationToken);

    private async Task<ContentItem> CreateCoreAsync(ContentItem item, bool publish, CancellationToken ct)
    {
        await RequireTypeAsync(item.ContentType, ct);
        TruncateDates(item);
        if (string.IsNullOrEmpty(item.ContentItemId)) item.ContentItemId = IdGenerator.NewId();
        if (await Db.ContentItemIndex.AnyAsync(r => r.ContentItemId == item.ContentItemId, ct))
        {
            throw new InvalidOperationException($"Content item '{item.ContentItemId}' already exists: save it with SaveDraftAsync or PublishAsync.");
        }
        if (string.IsNullOrEmpty(item.ContentItemVersionId) ||
            await Db.ContentItemIndex.AnyAsync(r => r.ContentItemVersionId == item.ContentItemVersionId, ct))
        {
            item.ContentItemVersionId = IdGenerator.NewId();
        }
        await PrepareAsync(item, publish, ct);
        var now = Now;
        item.CreatedUtc ??= now;
        item.ModifiedUtc = now;
        item.PublishedUtc = publish ? (item.PublishedUtc ?? now) : item.PublishedUtc;
        item.Owner ??= OwnerId();
        item.Author = currentUser.UserName;
        item.Latest = true;
        item.Published = publish;
        await AddVersionAsync(item, ct, firstVersion: true);
        Audit(ContentChangeKind.Created, item, null);
        if (publish) Audit(ContentChangeKind.Published, item, null);
        await SaveAndIndexAsync(item.ContentItemId, hadIndexRows: false, ct);
        return item;
    }

    /// <summary>Handlers' Updating, then Validating: throws <see cref="ContentValidationException"/> when any error.</summary>
    private async Task PrepareAsync(ContentItem item, bool publishing, CancellationToken ct)
    {
        foreach (var handler in _handlers) await handler.UpdatingAsync(item, ct);
        await ValidateAsync(item, publishing, ct);
    }

    private async Task ValidateAsync(ContentItem item, bool publishing, CancellationToken ct)
    {
        var errors = new List<ContentValidationError>();
        foreach (var handler in _handlers) await handler.ValidatingAsync(item, publishing, errors, ct);
        if (errors.Count > 0) throw new ContentValidationException(errors);
    }

    private async Task AddVersionAsync(ContentItem item, CancellationToken ct, bool firstVersion = false)
    {
        var number = firstVersion ? 0 : await Db.ContentItemIndex.Where(r => r.ContentItemId == item.ContentItemId).MaxAsync(r => (int?)r.Number, ct) ?? 0;
        var row = new ContentItemIndex { Number = number + 1 };
        ContentIndexWriter.Fill(row, item);
        Db.ContentItemIndex.Add(row);
    }

    /// <summary>Saves the version rows and audit entries, then rebuilds the item's route and field index rows.</summary>
    private async Task SaveAndIndexAsync(string contentItemId, bool hadIndexRows, CancellationToken ct)
    {
        await Db.SaveChangesAsync(ct);
        await indexes.RefreshAsync(Db, contentItemId, hadIndexRows, ct);
    }

    /// <summary>An instant as the audit trail's readers see it, in the site's time zone: « 05/12/2026 14:02 ».</summary>
    private string SiteTimeDisplay(DateTime? utc) => utc is { } value
        ? siteClock.Current.ToLocal(DateTime.SpecifyKind(value, DateTimeKind.Utc)).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture)
        : "(date inconnue)";

    /// <summary>The audit kind of an automatic save (<see cref="IContentManager.AutosaveAsync"/>).</summary>
    public const string AutosavedKind = "Autosaved";

    /// <summary>
    /// The audit row of the current user's automatic save when it is still the item's latest version (and no
    /// scheduled publication names it), else null.
    /// </summary>
    private async Task<AuditTrailEvent?> AutosaveSlotAsync(ContentItemIndex latest, CancellationToken ct)
    {
        var last = await Db.AuditTrail.Where(e => e.ContentItemId == latest.ContentItemId)
            .OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct);
        if (last is null || last.Kind != AutosavedKind || last.ContentItemVersionId != latest.ContentItemVersionId
            || last.UserName != currentUser.UserName)
        {
            return null;
        }
        var scheduled = await Db.ScheduledPublications.AnyAsync(t => t.ContentItemVersionId == latest.ContentItemVersionId, ct);
        return scheduled ? null : last;
    }

    private void Audit(ContentChangeKind kind, ContentItem item, string? details) => AuditKind(kind.ToString(), item, details);

    private void AuditKind(string kind, ContentItem item, string? details) =>
        Db.AuditTrail.Add(AuditRow(kind, item, details, Now, currentUser.UserName));

    internal static AuditTrailEvent AuditRow(string kind, ContentItem item, string? details, DateTime utc, string? userName) => new()
    {
        Utc = utc,
        UserName = userName,
        Kind = kind,
        ContentItemId = item.ContentItemId,
        ContentType = item.ContentType,
        ContentItemVersionId = item.ContentItemVersionId,
        DisplayText = item.DisplayText is { Length: > 1024 } text ? text[..1024] : item.DisplayText,
        Details = details,
    };

    /// <summary>Runs a write in a transaction; handlers hear of the changes after the outermost commit.</summary>
    private Task<T> WriteAsync<T>(Func<List<ContentChange>, CancellationToken, Task<T>> write, CancellationToken cancellationToken) =>
        WriteAsync(unitOfWork, _handlers, write, cancellationToken);

    /// <summary>A write in a transaction (or a savepoint of the open one); <paramref name="handlers"/> hear of its changes after the outermost commit.</summary>
    internal static async Task<T> WriteAsync<T>(StoreUnitOfWork unitOfWork, IContentHandler[] handlers, Func<List<ContentChange>, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        var changes = new List<ContentChange>();
        return await unitOfWork.ExecuteAsync(async ct =>
        {
            var result = await write(changes, ct);
            await unitOfWork.OnCommitted(async after =>
            {
                foreach (var change in changes)
                {
                    foreach (var handler in handlers)
                    {
                        if (handler is not IContentChangesHandler) await handler.ChangedAsync(change, after);
                    }
                }
                if (changes.Count == 0) return;
                foreach (var handler in handlers)
                {
                    if (handler is IContentChangesHandler together) await together.ChangedAsync(changes, after);
                }
            }, ct);
            return result;
        }, cancellationToken);
    }

    private IQueryable<ContentItemIndex> Versions(VersionOptions options) => options switch
    {
        VersionOptions.Latest => Db.ContentItemIndex.Where(r => r.Latest),
        VersionOptions.Draft => Db.ContentItemIndex.Where(r => r.Latest && !r.Published),
        _ => Db.ContentItemIndex.Where(r => r.Published),
    };

    private async Task<ContentTypeDefinitionRecord> RequireTypeAsync(string contentType, CancellationToken ct) =>
        await definitions.TypeSnapshotAsync(contentType, ct)
        ?? throw new InvalidOperationException($"Unknown content type '{contentType}': define it in a data migration or a ContentDefinition recipe step.");

    private async Task RequireExistsAsync(string contentItemId, CancellationToken ct)
    {
        if (!await Db.ContentItemIndex.AnyAsync(r => r.ContentItemId == contentItemId && (r.Latest || r.Published), ct))
        {
            throw new ContentNotFoundException(contentItemId);
        }
    }

    /// <summary>Header dates to the microsecond, as stored, so that an item compares equal to what the store gives back.</summary>
    internal static void TruncateDates(ContentItem item)
    {
        item.CreatedUtc = Micro(item.CreatedUtc);
        item.ModifiedUtc = Micro(item.ModifiedUtc);
        item.PublishedUtc = Micro(item.PublishedUtc);
    }

    private static DateTime? Micro(DateTime? value) =>
        value is { } v && (v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : v) is var utc
            ? new DateTime(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc)
            : null;

    private string? OwnerId() => currentUser.UserId ?? currentUser.UserName;

    private ContentChange Change(ContentChangeKind kind, ContentItem item) =>
        new(kind, item.ContentItemId, item.ContentType, item.ContentItemVersionId, currentUser.UserName);
}
