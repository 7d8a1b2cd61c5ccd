using Cms.Abstractions.Media;

namespace Cms.Admin.Media;

/// <summary>
/// The library's room: a quota on the size of all its files together (<c>Cms:Media:Quota</c>), a depth of folders
/// (<c>MaxFolderDepth</c>) and a number of entries per folder (<c>MaxEntriesPerFolder</c>). Uploads, new folders and
/// imported media (recipes, Markdown folders and zips, through <see cref="ImportedMediaCheck"/>) are checked here.
/// The space used is measured by walking the store once, then kept up to date by this node's writes and deletions and
/// measured again every few minutes, so that files written by other nodes or by hand are counted too.
/// </summary>
public sealed class MediaSpace(IMediaLibraryStore store, MediaOptions options, TimeProvider clock)
{
    private static readonly TimeSpan MeasureAgainAfter = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim gate = new(1, 1);
    private long used;
    private DateTimeOffset? measuredAt;

    /// <summary>Bytes of every file of the library, as last measured and counted since.</summary>
    public async Task<long> UsedAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await CurrentAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public long Quota => options.Quota;

    /// <summary>
    /// Counts <paramref name="length"/> bytes as used when they fit in the quota (the caller writes the file, and calls
    /// <see cref="Release"/> if the write does not happen); else the refusal in French, nothing counted.
    /// </summary>
    public async Task<string?> ReserveAsync(long length, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var current = await CurrentAsync(cancellationToken);
            if (QuotaRefusal(current, length) is { } refusal) return refusal;
            used = current + length;
            return null;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The refusal when <paramref name="length"/> more bytes would not fit, without counting them.</summary>
    public async Task<string?> QuotaRefusalAsync(long length, CancellationToken cancellationToken) =>
        QuotaRefusal(await UsedAsync(cancellationToken), length);

    /// <summary>Bytes written outside a reservation (an import) or freed (a deletion: a negative length).</summary>
    public void Count(long length) => Interlocked.Add(ref used, length);

    public void Release(long length) => Count(-length);

    /// <summary>The refusal when <paramref name="folder"/> ("" for the root) has no room for one more entry.</summary>
    public async Task<string?> FullFolderRefusalAsync(string folder, CancellationToken cancellationToken)
    {
        var entries = (await store.ListAsync(folder, cancellationToken)).Count;
        if (entries < options.MaxEntriesPerFolder) return null;
        var name = folder.Length == 0 ? "la racine de la médiathèque" : $"le dossier « {folder} »";
        return $"{name} contient déjà {entries} éléments, la limite par dossier (Cms:Media:MaxEntriesPerFolder)";
    }

    /// <summary>The refusal when a folder at <paramref name="path"/> would be deeper than the limit.</summary>
    public string? DepthRefusal(string path)
    {
        var depth = path.Length == 0 ? 0 : path.Count(c => c == '/') + 1;
        return depth <= options.MaxFolderDepth ? null
            : $"« {path} » aurait {depth} niveaux de dossiers, au-delà de la limite de {options.MaxFolderDepth} (Cms:Media:MaxFolderDepth)";
    }

    private string? QuotaRefusal(long current, long length) => current + length <= options.Quota ? null
        : $"la médiathèque serait pleine : {MediaOptions.Describe(current)} utilisés sur {MediaOptions.Describe(options.Quota)} " +
          $"(Cms:Media:Quota), et ce fichier fait {MediaOptions.Describe(length)} ; supprimez des fichiers inutilisés ou demandez une augmentation du quota";

    /// <summary>Under the gate: the count, measured again when never measured or too old.</summary>
    private async Task<long> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (measuredAt is { } at && now - at < MeasureAgainAfter) return Interlocked.Read(ref used);
        var total = 0L;
        var pending = new Queue<string>([""]);
        while (pending.Count > 0)
        {
            foreach (var entry in await store.ListAsync(pending.Dequeue(), cancellationToken))
            {
                if (entry.IsFolder) pending.Enqueue(entry.Path);
                else total += entry.Length;
            }
        }
        Interlocked.Exchange(ref used, total);
        measuredAt = now;
        return total;
    }
}
