using Cms.Abstractions.Clustering;
using Cms.Abstractions.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.MediaProfiles.Services;

/// <summary>
/// The profiles in memory: read on first use, again once a change made on this node has committed, and when older than
/// <see cref="MaxAge"/>, or when another node says they changed. A change evicts every cached page: their resize URLs changed.
/// </summary>
public sealed class MediaProfileStore(IServiceScopeFactory scopes, TimeProvider clock) : IClusterCacheHandler
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private volatile Snapshot? _snapshot;

    public async Task<MediaProfile?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is null || clock.GetUtcNow() - snapshot.LoadedAt > MaxAge)
        {
            await using var scope = scopes.CreateAsyncScope();
            var document = await scope.ServiceProvider.GetRequiredService<IDocumentStore>().GetAsync<MediaProfilesDocument>(MediaProfilesDocument.DocumentName, cancellationToken);
            _snapshot = snapshot = new Snapshot(new Dictionary<string, MediaProfile>(document.MediaProfiles, StringComparer.OrdinalIgnoreCase), clock.GetUtcNow());
        }
        return snapshot.Profiles.GetValueOrDefault(name);
    }

    /// <summary>Adds or replaces <paramref name="profiles"/> in the open unit of work.</summary>
    public async Task SaveAsync(IReadOnlyDictionary<string, MediaProfile> profiles, IDocumentStore documents, CancellationToken cancellationToken)
    {
        var document = await documents.GetAsync<MediaProfilesDocument>(MediaProfilesDocument.DocumentName, cancellationToken);
        document.MediaProfiles = new Dictionary<string, MediaProfile>(document.MediaProfiles, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, profile) in profiles) document.MediaProfiles[name] = profile;
        // Once committed: forgotten here, then the pages are evicted, here and on the other nodes (IDocumentChangeHandler).
        await documents.SaveAsync(MediaProfilesDocument.DocumentName, document, _ =>
        {
            _snapshot = null;
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>A change of the profiles made on another node.</summary>
    public Task ForgetAsync(ClusterChange change, CancellationToken cancellationToken)
    {
        if (change.ConcernsDocument(MediaProfilesDocument.DocumentName)) _snapshot = null;
        return Task.CompletedTask;
    }

    private sealed record Snapshot(Dictionary<string, MediaProfile> Profiles, DateTimeOffset LoadedAt);
}
