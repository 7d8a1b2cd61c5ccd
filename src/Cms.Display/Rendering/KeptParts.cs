using System.Runtime.CompilerServices;
using Cms.Display.Caching;

namespace Cms.Display.Rendering;

/// <summary>
/// The HTML of the layout's <c>{% kept %}</c> blocks (<see cref="Liquid.KeptTag"/>), by block and by the values the
/// block read from outside (the site's name, the kept navigation of the current link…): the header, footer and
/// dialogs of a page are rendered once per such values instead of for every page. Emptied on every committed content
/// change (the <see cref="PublishedContentCache"/>'s generation, which every change here or on another node
/// advances); a rendering that started before a change is never kept. Each block keeps at most
/// <see cref="MaxEntriesPerBlock"/> texts, and only while its parsed template lives.
/// <c>Cms:KeptParts:Enabled</c> false: every block rendered for every page (the plain path).
/// </summary>
public sealed class KeptParts(KeptPartsOptions options, PublishedContentCache? content)
{
    public const int MaxEntriesPerBlock = 256;

    private readonly ConditionalWeakTable<object, Block> _blocks = new();

    public bool Enabled => options.Enabled;

    /// <summary>The generation a rendering must note before it reads anything.</summary>
    public long Generation => content?.Generation ?? 0;

    public bool TryGet(object block, KeptKey key, out string? html)
    {
        html = null;
        return options.Enabled && _blocks.TryGetValue(block, out var kept) && Volatile.Read(ref kept.Texts) is { } texts
            && texts.Generation == Generation && texts.Entries.TryGetValue(key, out html);
    }

    /// <summary>Keeps what a rendering that started at <paramref name="generation"/> wrote.</summary>
    public void Store(object block, KeptKey key, string html, long generation)
    {
        if (!options.Enabled) return;
        var kept = _blocks.GetValue(block, _ => new Block());
        lock (kept)
        {
            if (generation != Generation) return;
            // Readers never lock: each store publishes a new table.
            var texts = kept.Texts is { } known && known.Generation == generation && known.Entries.Count < MaxEntriesPerBlock
                ? new Dictionary<KeptKey, string>(known.Entries)
                : [];
            texts[key] = html;
            Volatile.Write(ref kept.Texts, new Texts(generation, texts));
        }
    }

    private sealed class Block
    {
        public Texts? Texts;
    }

    private sealed record Texts(long Generation, Dictionary<KeptKey, string> Entries);
}

/// <summary>
/// The outside values a kept block read: strings compared by value, anything else (a type marker, a kept list) by
/// reference.
/// </summary>
public sealed class KeptKey(object?[] parts) : IEquatable<KeptKey>
{
    private readonly object?[] _parts = parts;
    private readonly int _hash = HashOf(parts);

    public bool Equals(KeptKey? other)
    {
        if (other is null || other._hash != _hash || other._parts.Length != _parts.Length) return false;
        for (var i = 0; i < _parts.Length; i++)
        {
            var same = _parts[i] is string text ? other._parts[i] is string otherText && string.Equals(text, otherText, StringComparison.Ordinal)
                : ReferenceEquals(_parts[i], other._parts[i]);
            if (!same) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as KeptKey);

    public override int GetHashCode() => _hash;

    private static int HashOf(object?[] parts)
    {
        var hash = new HashCode();
        foreach (var part in parts) hash.Add(part is string text ? text.GetHashCode(StringComparison.Ordinal) : RuntimeHelpers.GetHashCode(part));
        return hash.ToHashCode();
    }
}

/// <summary><c>Cms:KeptParts</c>: the layout's <c>{% kept %}</c> blocks rendered once per outside values.</summary>
public sealed class KeptPartsOptions
{
    /// <summary>False: every block rendered for every page (the plain path).</summary>
    public bool Enabled { get; set; } = true;
}
