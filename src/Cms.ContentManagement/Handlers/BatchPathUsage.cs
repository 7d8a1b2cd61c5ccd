using Cms.Data.Services;
using Microsoft.EntityFrameworkCore;

namespace Cms.ContentManagement.Handlers;

/// <summary>
/// Which items use a path (latest or published versions), while a batch import writes its versions only at its end:
/// the store's answer for each path, read once (many at a time), corrected by what the batch has written so far.
/// Inactive outside a batch: <see cref="AutoroutePartHandler"/> then asks the store for every path.
/// </summary>
public sealed class BatchPathUsage(StoreUnitOfWork unitOfWork)
{
    private readonly Dictionary<string, List<PathOwner>> owners = new(StringComparer.Ordinal);
    private readonly HashSet<string> released = new(StringComparer.Ordinal);

    public bool Active { get; private set; }

    public void Begin()
    {
        owners.Clear();
        released.Clear();
        Active = true;
    }

    public void End()
    {
        Active = false;
        owners.Clear();
        released.Clear();
    }

    /// <summary>Reads the owners of <paramref name="paths"/> from the store, in one query per 500 paths.</summary>
    public async Task LoadAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var missing = paths.Where(p => p.Length > 0 && !owners.ContainsKey(p)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in missing.Chunk(500))
        {
            foreach (var path in chunk) owners[path] = [];
            var rows = await unitOfWork.Db.ContentItemIndex.AsNoTracking()
                .Where(r => r.Path != null && chunk.Contains(r.Path) && (r.Latest || r.Published))
                .Select(r => new PathOwner(r.Path!, r.ContentItemVersionId, r.ContentItemId, r.ContentType, r.DisplayText, r.Published))
                .ToListAsync(cancellationToken);
            foreach (var row in rows.Where(r => !released.Contains(r.ContentItemVersionId))) owners[row.Path].Add(row);
        }
    }

    /// <summary>The first item other than <paramref name="contentItemId"/> using <paramref name="path"/> (published first), or null.</summary>
    public async Task<PathOwner?> UsedByAsync(string contentItemId, string path, CancellationToken cancellationToken)
    {
        await LoadAsync([path], cancellationToken);
        return owners[path].Where(o => o.ContentItemId != contentItemId).OrderByDescending(o => o.Published).FirstOrDefault();
    }

    /// <summary>A version of the batch now holds <paramref name="owner"/>'s path.</summary>
    public void Add(PathOwner owner)
    {
        if (owner.Path.Length == 0) return;
        if (!owners.TryGetValue(owner.Path, out var list)) owners[owner.Path] = list = [];
        list.Add(owner);
    }

    /// <summary>A stored version lost both its flags: its path is free from now on.</summary>
    public void Release(string contentItemVersionId, string? path)
    {
        released.Add(contentItemVersionId);
        if (path is not null && owners.TryGetValue(path, out var list)) list.RemoveAll(o => o.ContentItemVersionId == contentItemVersionId);
    }
}

/// <summary>A version holding a path; <see cref="Published"/> when it is the item's published version.</summary>
public sealed record PathOwner(string Path, string ContentItemVersionId, string ContentItemId, string ContentType, string? DisplayText, bool Published);
