using Microsoft.AspNetCore.OutputCaching;

namespace Cms.OutputCaching.Services;

/// <summary>
/// Wraps the output cache store so that an eviction cannot be undone by a response that was being rendered while the
/// content changed: a page whose rendering started before the last eviction of one of its tags is not stored (it may
/// show the old content). Each request notes the <see cref="Generation"/> when it starts (in a reserved tag), each
/// eviction advances it; the check and the write, like the eviction, happen under one lock.
/// </summary>
public sealed class ConsistentOutputCacheStore(IOutputCacheStore inner, CacheGeneration generation) : IOutputCacheStore
{
    private const string GenerationTagPrefix = "cms-generation:";
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Dictionary<string, long> _evictedAt = new(StringComparer.Ordinal);
    public long Generation => generation.Current;

    /// <summary>The tag a response carries to say at which generation its rendering started.</summary>
    public static string GenerationTag(long generation) => GenerationTagPrefix + generation.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            _evictedAt[tag] = generation.Advance();
            await inner.EvictByTagAsync(tag, cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        long? startedAt = null;
        var kept = new List<string>(tags?.Length ?? 0);
        foreach (var tag in tags ?? [])
        {
            if (tag.StartsWith(GenerationTagPrefix, StringComparison.Ordinal) && long.TryParse(tag.AsSpan(GenerationTagPrefix.Length), out var started))
            {
                startedAt = started;
            }
            else
            {
                kept.Add(tag);
            }
        }
        await _lock.WaitAsync(cancellationToken);
        try
        {
            // Without a start generation (a response not prepared by our policy) only an eviction of none of its tags is safe.
            var since = startedAt ?? Generation;
            if (kept.Any(t => _evictedAt.TryGetValue(t, out var evicted) && evicted > since))
            {
                return;
            }
            await inner.SetAsync(key, value, kept.ToArray(), validFor, cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }
}
