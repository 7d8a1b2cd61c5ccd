using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Cms.Display.Caching;

/// <summary>
/// Values kept by key, each served only while the stamp it was built under (the generations of what it was built
/// from, noted before the build read anything) is the current one. At most <paramref name="maxEntries"/> are kept:
/// past that the table starts again empty, since keys may hold what a visitor chooses (a host, a path).
/// </summary>
public sealed class StampedEntries<TKey, TStamp, TValue>(int maxEntries) where TKey : notnull where TValue : class
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, TStamp Stamp)> _entries = new();

    public int Count => _entries.Count;

    public bool TryGet(TKey key, TStamp current, [NotNullWhen(true)] out TValue? value)
    {
        value = _entries.TryGetValue(key, out var entry) && EqualityComparer<TStamp>.Default.Equals(entry.Stamp, current) ? entry.Value : null;
        return value is not null;
    }

    public void Set(TKey key, TValue value, TStamp builtFrom)
    {
        if (_entries.Count >= maxEntries) _entries.Clear();
        _entries[key] = (value, builtFrom);
    }

    public void Clear() => _entries.Clear();
}
