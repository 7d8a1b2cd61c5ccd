using Cms.Data;
using Cms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Cms.Redirects.Services;

/// <summary>
/// The redirects that a set of edits can read or change, read from the store at once, then changed in memory in the
/// edits' order and written by the caller's one <c>SaveChanges</c>. What is read: the rows from every address the
/// edits name (<c>keys</c>), the rows their targets lead through (followed to the end of each chain), and the rows
/// leading to an address that becomes old (<c>oldKeys</c>), which follow it. Every row an edit can reach is among
/// them: a row only ever leads to an address read here, so a chain never leaves what was read.
/// </summary>
internal sealed class RedirectEdits
{
    private const int MaxChain = 32;
    private const int Chunk = 500;

    private readonly CmsDbContext _db;
    private readonly Dictionary<string, Redirect> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private RedirectEdits(CmsDbContext db) => _db = db;

    /// <summary>Whether a row was added, changed or removed.</summary>
    public bool Changed { get; private set; }

    /// <param name="keys">The keys of the addresses the edits start from or lead to.</param>
    /// <param name="oldKeys">The keys of the addresses that may become old, whose incoming redirects then follow.</param>
    public static async Task<RedirectEdits> ReadAsync(CmsDbContext db, IEnumerable<string> keys, IEnumerable<string> oldKeys, CancellationToken cancellationToken)
    {
        var edits = new RedirectEdits(db);
        var next = keys.Where(k => k.StartsWith('/')).ToHashSet(StringComparer.Ordinal);
        while (next.Count > 0)
        {
            edits._read.UnionWith(next);
            var rows = new List<Redirect>();
            foreach (var chunk in next.Chunk(Chunk))
            {
                rows.AddRange(await db.Redirects.Where(r => chunk.Contains(r.FromKey)).ToListAsync(cancellationToken));
            }
            foreach (var row in rows) edits._byKey[row.FromKey] = row;
            next = rows.Select(r => r.ToPath).Where(t => t.StartsWith('/')).Select(RedirectPaths.Key).Where(k => !edits._read.Contains(k)).ToHashSet(StringComparer.Ordinal);
        }
        foreach (var chunk in oldKeys.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            foreach (var row in await db.Redirects.Where(r => chunk.Contains(r.ToPath.ToLower())).ToListAsync(cancellationToken))
            {
                edits._byKey[row.FromKey] = row;
            }
        }
        return edits;
    }

    /// <summary>The redirect from the address whose key is <paramref name="key"/>, or null.</summary>
    public Redirect? Find(string key)
    {
        // Every stored address starts with "/": an absolute URL is never one.
        if (!key.StartsWith('/')) return null;
        if (!_read.Contains(key)) throw new InvalidOperationException($"The redirect from {key} was not read with the others.");
        return _byKey.GetValueOrDefault(key);
    }

    /// <summary>A row read by the caller (the one being edited), made part of these edits.</summary>
    public void Include(Redirect row)
    {
        _read.Add(row.FromKey);
        _byKey[row.FromKey] = row;
    }

    /// <summary>Removes the redirect from the address whose key is <paramref name="key"/>, if any.</summary>
    public void Remove(string key)
    {
        if (Find(key) is not { } row) return;
        _byKey.Remove(key);
        _db.Redirects.Remove(row);
        Changed = true;
    }

    /// <summary>
    /// Stores <paramref name="row"/> (null: a new one) as a redirect from <paramref name="fromPath"/>, to the end of
    /// the chain that <paramref name="toPath"/> starts; the redirects that led to <paramref name="fromPath"/> lead
    /// there too. The reason in French when it would loop, or null.
    /// </summary>
    public string? Save(Redirect? row, string fromPath, string toPath, RedirectOrigin origin, string? contentItemId, string? userName, DateTime now)
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
            var next = Find(targetKey) is { } found && found != row ? found.ToPath : null;
            if (next is null) break;
            seen.Add(target);
            target = next;
        }

        if (row is null)
        {
            row = _db.Redirects.Add(new Redirect { CreatedUtc = now, CreatedBy = userName }).Entity;
        }
        else if (_byKey.GetValueOrDefault(row.FromKey) == row)
        {
            _byKey.Remove(row.FromKey);
        }
        row.FromPath = fromPath;
        row.FromKey = fromKey;
        row.ToPath = target;
        row.Origin = origin;
        row.ContentItemId = contentItemId ?? (origin == RedirectOrigin.Manual ? null : row.ContentItemId);
        _byKey[fromKey] = row;
        Changed = true;

        // The redirects that led to this old address now lead where it leads; one that would point to itself goes.
        foreach (var other in _byKey.Values)
        {
            if (other != row && other.ToPath.ToLowerInvariant() == fromKey) other.ToPath = target;
        }
        Remove(target.ToLowerInvariant());
        return null;
    }
}
