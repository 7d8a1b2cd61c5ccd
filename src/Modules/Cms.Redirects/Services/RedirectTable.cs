using Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Redirects.Services;

/// <summary>
/// Every redirect in memory (old path's key → target), read once and again after each change made on this node,
/// and at most <see cref="MaxAge"/> old so that a change made on another node is seen too.
/// </summary>
public sealed class RedirectTable(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private volatile Snapshot? _snapshot;
    private readonly SemaphoreSlim _loading = new(1, 1);

    public async Task<string?> FindAsync(string path, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is null || clock.GetUtcNow() - snapshot.LoadedAt > MaxAge) snapshot = await LoadAsync(cancellationToken);
        return snapshot.Targets.GetValueOrDefault(RedirectPaths.Key(path));
    }

    public void Invalidate() => _snapshot = null;

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } fresh && clock.GetUtcNow() - fresh.LoadedAt <= MaxAge) return fresh;
            var loadedAt = clock.GetUtcNow();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var rows = await db.Redirects.AsNoTracking().Select(r => new { r.FromKey, r.ToPath }).ToListAsync(cancellationToken);
            var snapshot = new Snapshot(rows.ToDictionary(r => r.FromKey, r => r.ToPath, StringComparer.Ordinal), loadedAt);
            _snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    private sealed record Snapshot(Dictionary<string, string> Targets, DateTimeOffset LoadedAt);
}
