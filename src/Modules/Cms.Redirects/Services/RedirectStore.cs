using Cms.Abstractions.Content;
using Cms.Data;
using Cms.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Redirects.Services;

/// <summary>
/// Reads and writes redirects. Chains are collapsed (a redirect to an old address points to where that one leads,
/// and the redirects leading to a changed one follow it) and loops are refused, so a visitor gets one 301; the rows a
/// write can touch are read at once and changed in memory (<see cref="RedirectEdits"/>).
/// </summary>
public sealed class RedirectStore(CmsDbContext db, RedirectTable table, IServiceProvider services, TimeProvider clock)
{
    public const int PageSize = 50;

    // Resolved when used: the content manager's handlers include this module's, which use this store.
    private IContentManager ContentManager => services.GetRequiredService<IContentManager>();

    public async Task<(IReadOnlyList<Redirect> Rows, int Total)> ListAsync(string? search, int page, CancellationToken cancellationToken)
    {
        var query = db.Redirects.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim().ToLowerInvariant();
            query = query.Where(r => r.FromKey.Contains(text) || r.ToPath.ToLower().Contains(text));
        }
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(r => r.FromKey).Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return (rows, total);
    }

    public Task<List<Redirect>> AllAsync(CancellationToken cancellationToken) =>
        db.Redirects.AsNoTracking().OrderBy(r => r.FromKey).ToListAsync(cancellationToken);

    public Task<Redirect?> GetAsync(long id, CancellationToken cancellationToken) =>
        db.Redirects.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>Adds (<paramref name="id"/> null) or changes a redirect typed by someone; the error in French, or null.</summary>
    public async Task<string?> SaveManualAsync(long? id, string? from, string? to, string? userName, CancellationToken cancellationToken)
    {
        var (fromPath, fromError) = RedirectPaths.NormalizeFrom(from);
        if (fromError is not null) return fromError;
        var (toPath, toError) = RedirectPaths.NormalizeTo(to);
        if (toError is not null) return toError;
        var live = await ContentManager.GetByPathAsync(fromPath!.TrimStart('/'), cancellationToken);
        if (live is { Published: true })
        {
            return $"« {fromPath} » est l'adresse de la page publiée « {live.DisplayText} » : une redirection la masquerait. Changez d'abord l'adresse de cette page.";
        }
        var existing = await db.Redirects.FirstOrDefaultAsync(r => r.FromKey == RedirectPaths.Key(fromPath), cancellationToken);
        if (existing is not null && existing.Id != id) return $"Une redirection part déjà de « {existing.FromPath} » (vers « {existing.ToPath} »).";
        var row = id is null ? null : await db.Redirects.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (id is not null && row is null) return "Cette redirection n'existe plus.";

        var fromKey = RedirectPaths.Key(fromPath);
        var edits = await RedirectEdits.ReadAsync(db, [fromKey, RedirectPaths.Key(toPath!)], [fromKey], cancellationToken);
        if (row is not null) edits.Include(row);
        var loop = edits.Save(row, fromPath, toPath!, RedirectOrigin.Manual, null, userName, clock.GetUtcNow().UtcDateTime);
        if (loop is not null) return loop;
        await db.SaveChangesAsync(cancellationToken);
        table.Invalidate();
        return null;
    }

    /// <summary>
    /// The redirects' side of changes of published content, in their order, with what the caller's context tracks
    /// saved by one <c>SaveChanges</c>. A <see cref="RedirectEdit.Live"/> address stops being redirected. An
    /// <see cref="RedirectEdit.Automatic"/> one replaces a redirect from the same address unless that one was typed by
    /// someone, and is never made from the live path of another item. The automatic edits not made, each with the
    /// reason why.
    /// </summary>
    public async Task<IReadOnlyList<(RedirectEdit.Automatic Edit, string Reason)>> ApplyAsync(IReadOnlyList<RedirectEdit> changes, CancellationToken cancellationToken)
    {
        var planned = changes.Select(Plan).ToList();
        var sources = planned.OfType<PlannedAutomatic>().Where(p => p.Error is null && !p.Same).ToList();
        var lives = await ContentManager.GetManyByPathAsync(sources.Select(p => p.FromPath!.TrimStart('/')), cancellationToken);
        var keys = planned.OfType<PlannedLive>().Where(p => p.Key is not null).Select(p => p.Key!)
            .Concat(sources.SelectMany(p => new[] { RedirectPaths.Key(p.FromPath!), RedirectPaths.Key(p.ToPath!) }));
        var edits = await RedirectEdits.ReadAsync(db, keys, sources.Select(p => RedirectPaths.Key(p.FromPath!)), cancellationToken);

        var refused = new List<(RedirectEdit.Automatic, string)>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var plan in planned)
        {
            if (plan is PlannedLive { Key: { } key })
            {
                edits.Remove(key);
                continue;
            }
            if (plan is not PlannedAutomatic automatic || automatic.Same) continue;
            var reason = automatic.Error ?? Save(automatic, lives, edits, now);
            if (reason is not null) refused.Add((automatic.Edit, reason));
        }
        await db.SaveChangesAsync(cancellationToken);
        if (edits.Changed) table.Invalidate();
        return refused;
    }

    private static string? Save(PlannedAutomatic plan, IReadOnlyDictionary<string, ContentItem> lives, RedirectEdits edits, DateTime now)
    {
        var fromPath = plan.FromPath!;
        if (lives.GetValueOrDefault(fromPath.TrimStart('/')) is { Published: true } live && live.ContentItemId != plan.Edit.ContentItemId)
        {
            return $"« {fromPath} » est l'adresse de « {live.DisplayText} ».";
        }
        var row = edits.Find(RedirectPaths.Key(fromPath));
        if (row is { Origin: RedirectOrigin.Manual }) return null;
        return edits.Save(row, fromPath, plan.ToPath!, plan.Edit.Origin, plan.Edit.ContentItemId, null, now);
    }

    private static Planned Plan(RedirectEdit change)
    {
        if (change is RedirectEdit.Live live)
        {
            var (path, error) = RedirectPaths.NormalizeFrom(live.Path);
            return new PlannedLive(error is null ? RedirectPaths.Key(path!) : null);
        }
        var automatic = (RedirectEdit.Automatic)change;
        var (fromPath, fromError) = RedirectPaths.NormalizeFrom(automatic.From);
        if (fromError is not null) return new PlannedAutomatic(automatic, null, null, fromError, false);
        var (toPath, toError) = RedirectPaths.NormalizeTo(automatic.To);
        if (toError is not null) return new PlannedAutomatic(automatic, null, null, toError, false);
        return new PlannedAutomatic(automatic, fromPath, toPath, null, RedirectPaths.Key(fromPath!) == RedirectPaths.Key(toPath!));
    }

    /// <summary>An edit with its addresses normalized.</summary>
    private abstract record Planned;

    /// <summary>A live address, by its key (null: not an address that can be redirected).</summary>
    private sealed record PlannedLive(string? Key) : Planned;

    /// <summary>An automatic redirect, normalized; the reason it cannot be made, or whether it leads to itself.</summary>
    private sealed record PlannedAutomatic(RedirectEdit.Automatic Edit, string? FromPath, string? ToPath, string? Error, bool Same) : Planned;

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        var deleted = await db.Redirects.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
        table.Invalidate();
        return deleted;
    }
}
