using Cms.Abstractions.Content;
using Cms.Data;
using Cms.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Redirects.Services;

/// <summary>
/// Reads and writes redirects. Chains are collapsed (a redirect to an old address points to where that one leads,
/// and the redirects leading to a changed one follow it) and loops are refused, so a visitor gets one 301.
/// </summary>
public sealed class RedirectStore(CmsDbContext db, RedirectTable table, IServiceProvider services, TimeProvider clock)
{
    public const int PageSize = 50;

    // Resolved when used: the content manager's handlers include this module's, which use this store.
    private IContentManager ContentManager => services.GetRequiredService<IContentManager>();
    private const int MaxChain = 32;

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
        return await SaveAsync(row, fromPath, toPath!, RedirectOrigin.Manual, null, userName, cancellationToken);
    }

    /// <summary>
    /// An automatic redirect (changed path, Jekyll URL, redirect_from): replaces one from the same address unless that
    /// one was typed by someone; never from the live path of an item. The reason it was not made, or null.
    /// </summary>
    public async Task<string?> SaveAutomaticAsync(string from, string to, RedirectOrigin origin, string contentItemId, CancellationToken cancellationToken)
    {
        var (fromPath, fromError) = RedirectPaths.NormalizeFrom(from);
        if (fromError is not null) return fromError;
        var (toPath, toError) = RedirectPaths.NormalizeTo(to);
        if (toError is not null) return toError;
        if (RedirectPaths.Key(fromPath!) == RedirectPaths.Key(toPath!)) return null;
        var live = await ContentManager.GetByPathAsync(fromPath!.TrimStart('/'), cancellationToken);
        if (live is { Published: true } && live.ContentItemId != contentItemId) return $"« {fromPath} » est l'adresse de « {live.DisplayText} ».";
        var row = await db.Redirects.FirstOrDefaultAsync(r => r.FromKey == RedirectPaths.Key(fromPath), cancellationToken);
        if (row is { Origin: RedirectOrigin.Manual }) return null;
        return await SaveAsync(row, fromPath, toPath!, origin, contentItemId, null, cancellationToken);
    }

    /// <summary>Removes the redirect from <paramref name="path"/>: an item is published there now.</summary>
    public async Task RemoveFromAsync(string path, CancellationToken cancellationToken)
    {
        var (fromPath, error) = RedirectPaths.NormalizeFrom(path);
        if (error is not null) return;
        var key = RedirectPaths.Key(fromPath!);
        if (await db.Redirects.Where(r => r.FromKey == key).ExecuteDeleteAsync(cancellationToken) > 0) table.Invalidate();
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        var deleted = await db.Redirects.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
        table.Invalidate();
        return deleted;
    }

    private async Task<string?> SaveAsync(Redirect? row, string fromPath, string toPath, RedirectOrigin origin, string? contentItemId, string? userName, CancellationToken cancellationToken)
    {
        var fromKey = RedirectPaths.Key(fromPath);
        // Collapse: follow the target while it is itself an old address.
        var target = toPath;
        var seen = new List<string> { fromPath };
        for (var step = 0; step < MaxChain && target.StartsWith('/'); step++)
        {
            var targetKey = RedirectPaths.Key(target);
            if (targetKey == fromKey)
            {
                return $"« {fromPath} » → « {toPath} » ferait une boucle ({string.Join(" → ", seen.Append(fromPath))}).";
            }
            var next = await db.Redirects.AsNoTracking().Where(r => r.FromKey == targetKey && (row == null || r.Id != row.Id)).Select(r => r.ToPath).FirstOrDefaultAsync(cancellationToken);
            if (next is null) break;
            seen.Add(target);
            target = next;
        }

        row ??= db.Redirects.Add(new Redirect { CreatedUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = userName }).Entity;
        row.FromPath = fromPath;
        row.FromKey = fromKey;
        row.ToPath = target;
        row.Origin = origin;
        row.ContentItemId = contentItemId ?? (origin == RedirectOrigin.Manual ? null : row.ContentItemId);
        await db.SaveChangesAsync(cancellationToken);

        // The redirects that led to this old address now lead where it leads; one that would point to itself goes.
        await db.Redirects.Where(r => r.ToPath.ToLower() == fromKey && r.Id != row.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.ToPath, target), cancellationToken);
        var targetLower = target.ToLowerInvariant();
        await db.Redirects.Where(r => r.FromKey == targetLower).ExecuteDeleteAsync(cancellationToken);
        table.Invalidate();
        return null;
    }
}
