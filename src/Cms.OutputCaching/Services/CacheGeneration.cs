namespace Cms.OutputCaching.Services;

/// <summary>
/// A counter advanced by every eviction. A request notes it when it starts; a response whose tags were evicted after
/// that is not stored (see <see cref="ConsistentOutputCacheStore"/>). Kept apart from the store so that the cache
/// policy (built with the output cache options) does not depend on the store (built from those same options).
/// </summary>
public sealed class CacheGeneration
{
    private long _value;

    public long Current => Interlocked.Read(ref _value);

    internal long Advance() => Interlocked.Increment(ref _value);
}
