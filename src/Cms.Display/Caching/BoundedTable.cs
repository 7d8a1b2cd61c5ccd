using System.Collections.Concurrent;

namespace Cms.Display.Caching;

/// <summary>
/// Values found again by a string key (a request's path, a filter's query string), for at most
/// <paramref name="capacity"/> keys: past that, a value is built each time and not kept, so that keys a visitor can
/// make up cannot grow it without bound. The values must be the same whenever built for the same key.
/// </summary>
public sealed class BoundedTable<TValue>(int capacity) where TValue : class
{
    private readonly ConcurrentDictionary<string, TValue> _values = new(StringComparer.Ordinal);
    private int _count;

    public TValue GetOrAdd(string key, Func<TValue> build)
    {
        if (_values.TryGetValue(key, out var known)) return known;
        var value = build();
        if (Volatile.Read(ref _count) < capacity && _values.TryAdd(key, value)) Interlocked.Increment(ref _count);
        return value;
    }
}
