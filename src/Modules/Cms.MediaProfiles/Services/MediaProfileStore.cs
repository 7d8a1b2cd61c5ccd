using Cms.Abstractions.Data;
using Cms.OutputCaching.Services;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.MediaProfiles.Services;

/// <summary>
/// The profiles in memory: read on first use, again once a change made on this node has committed, and when older than
/// <see cref="MaxAge"/> (changes made on another node). A change evicts every cached page: their resize URLs changed.
/// </summary>
public sealed class MediaProfileStore(IServiceScopeFactory scopes, TimeProvider clock)
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
    public async Task SaveAsync(IReadOnlyDictionary<string, MediaProfile> profiles, IDocumentStore documents, IServiceProvider services, CancellationToken cancellationToken)
    {
        var document = await documents.GetAsync<MediaProfilesDocument>(MediaProfilesDocument.DocumentName, cancellationToken);
        document.MediaProfiles = new Dictionary<string, MediaProfile>(document.MediaProfiles, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, profile) in profiles) document.MediaProfiles[name] = profile;
        await documents.SaveAsync(MediaProfilesDocument.DocumentName, document, async _ =>
        {
            _snapshot = null;
            if (services.GetService<IOutputCacheStore>() is { } cache) await cache.EvictByTagAsync(CacheTags.AnyPage, CancellationToken.None);
        }, cancellationToken);
    }

    private sealed record Snapshot(Dictionary<string, MediaProfile> Profiles, DateTimeOffset LoadedAt);
}
