using Cms.OutputCaching.Services;
using Microsoft.AspNetCore.OutputCaching;

namespace Cms.OutputCaching.Tests;

/// <summary>A page rendered while its content changed is not stored after the eviction (it could be stale).</summary>
public class ConsistentStoreTests
{
    private readonly DictionaryStore _inner = new();

    [Fact]
    public async Task A_response_started_before_an_eviction_of_one_of_its_tags_is_not_stored()
    {
        var store = new ConsistentOutputCacheStore(_inner, new CacheGeneration());
        var started = ConsistentOutputCacheStore.GenerationTag(store.Generation);
        await store.EvictByTagAsync("item:a", default);
        await store.SetAsync("page", [1], [started, "item:a"], TimeSpan.FromMinutes(1), default);
        Assert.Null(await store.GetAsync("page", default));
    }

    [Fact]
    public async Task A_response_started_before_an_eviction_of_other_tags_is_stored_without_the_generation_tag()
    {
        var store = new ConsistentOutputCacheStore(_inner, new CacheGeneration());
        var started = ConsistentOutputCacheStore.GenerationTag(store.Generation);
        await store.EvictByTagAsync("item:b", default);
        await store.SetAsync("page", [1], [started, "item:a"], TimeSpan.FromMinutes(1), default);
        Assert.NotNull(await store.GetAsync("page", default));
        Assert.Equal(["item:a"], _inner.Tags["page"]);
    }

    [Fact]
    public async Task A_response_started_after_the_eviction_is_stored_and_evicted_by_the_next_one()
    {
        var store = new ConsistentOutputCacheStore(_inner, new CacheGeneration());
        await store.EvictByTagAsync("item:a", default);
        await store.SetAsync("page", [1], [ConsistentOutputCacheStore.GenerationTag(store.Generation), "item:a"], TimeSpan.FromMinutes(1), default);
        Assert.NotNull(await store.GetAsync("page", default));
        await store.EvictByTagAsync("item:a", default);
        Assert.Null(await store.GetAsync("page", default));
    }

    private sealed class DictionaryStore : IOutputCacheStore
    {
        private readonly Dictionary<string, byte[]> _values = [];
        public Dictionary<string, string[]> Tags { get; } = [];

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            foreach (var key in Tags.Where(t => t.Value.Contains(tag)).Select(t => t.Key).ToList())
            {
                _values.Remove(key);
                Tags.Remove(key);
            }
            return ValueTask.CompletedTask;
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
            ValueTask.FromResult(_values.GetValueOrDefault(key));

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            _values[key] = value;
            Tags[key] = tags ?? [];
            return ValueTask.CompletedTask;
        }
    }
}
