using Cms.Abstractions.Media;

namespace Cms.Admin.Media;

/// <summary>One page of the library: the folders of the current folder (or none in a search) and a page of files.</summary>
public sealed record MediaPage(string Folder, string? Search, IReadOnlyList<MediaEntry> Folders, IReadOnlyList<MediaEntry> Files, int Page, int PageCount, int Total);

/// <summary>
/// Browsing the media store: a folder's subfolders and files (paged), a search by name across every folder, and
/// folder creation. Paths given by the browser are checked here: a folder that could leave the store is refused.
/// </summary>
public sealed class MediaLibrary(IMediaLibraryStore store, MediaOptions options, MediaSpace space, MediaAudit audit)
{
    /// <summary>At most this many folders are walked by a search (a runaway tree does not hang the page).</summary>
    private const int MaxFoldersSearched = 5000;

    public async Task<MediaPage> BrowseAsync(string folder, int page, CancellationToken cancellationToken)
    {
        var entries = await store.ListAsync(folder, cancellationToken);
        var folders = entries.Where(e => e.IsFolder).ToList();
        var files = entries.Where(e => !e.IsFolder).ToList();
        return Paged(folder, null, folders, files, page);
    }

    /// <summary>Files whose name contains <paramref name="text"/> (case and accents ignored), in every folder.</summary>
    public async Task<MediaPage> SearchAsync(string text, int page, CancellationToken cancellationToken)
    {
        var wanted = MediaFileName.Fold(text.Trim()).ToLowerInvariant();
        var slug = MediaFileName.Slug(text);
        var found = new List<MediaEntry>();
        var pending = new Queue<string>([""]);
        var walked = 0;
        while (pending.Count > 0 && walked++ < MaxFoldersSearched)
        {
            foreach (var entry in await store.ListAsync(pending.Dequeue(), cancellationToken))
            {
                if (entry.IsFolder)
                {
                    pending.Enqueue(entry.Path);
                    continue;
                }
                var name = MediaFileName.Fold(Path.GetFileName(entry.Path)).ToLowerInvariant();
                if (name.Contains(wanted, StringComparison.Ordinal) || (slug.Length > 0 && name.Contains(slug, StringComparison.Ordinal)))
                {
                    found.Add(entry);
                }
            }
        }
        return Paged("", text.Trim(), [], found.OrderBy(e => e.Path, StringComparer.Ordinal).ToList(), page);
    }

    /// <summary>Creates <paramref name="name"/> (normalized) in <paramref name="parent"/>; returns its path or an error in French.</summary>
    public async Task<(string? Path, string? Error)> CreateFolderAsync(string parent, string? name, CancellationToken cancellationToken)
    {
        var (folderName, error) = MediaFileName.ForFolder(name);
        if (folderName is null) return (null, $"Le dossier n'a pas été créé : {error}.");
        var path = Combine(parent, folderName);
        var existing = await store.GetEntryAsync(path, cancellationToken);
        if (existing is not null)
        {
            return (null, existing.IsFolder
                ? $"Le dossier « {path} » existe déjà."
                : $"Le dossier n'a pas été créé : un fichier s'appelle déjà « {path} ».");
        }
        if ((space.DepthRefusal(path) ?? await space.FullFolderRefusalAsync(parent, cancellationToken)) is { } limit)
        {
            return (null, $"Le dossier n'a pas été créé : {limit}.");
        }
        await store.CreateFolderAsync(path, cancellationToken);
        await audit.RecordAsync(MediaAudit.FolderCreated, path, null, cancellationToken);
        return (path, null);
    }

    /// <summary>
    /// A folder path from the browser, checked and trimmed of '/', or null when it could leave the store (or names a
    /// file). An empty path is the root.
    /// </summary>
    public async Task<string?> FolderAsync(string? folder, CancellationToken cancellationToken)
    {
        var trimmed = (folder ?? "").Trim().Trim('/');
        if (trimmed.Length == 0) return "";
        if (!IsSafePath(trimmed)) return null;
        return await store.GetEntryAsync(trimmed, cancellationToken) is { IsFolder: true } ? trimmed : null;
    }

    /// <summary>True when <paramref name="path"/> is a relative '/'-separated path without '.', '..' or empty segments.</summary>
    public static bool IsSafePath(string? path) =>
        !string.IsNullOrWhiteSpace(path) && !path.Any(char.IsControl) && !path.Contains('\\') && !path.Contains(':') &&
        !path.StartsWith('/') && path.Split('/').All(s => s.Length > 0 && s != "." && s != "..");

    public static string Combine(string folder, string name) => folder.Length == 0 ? name : $"{folder}/{name}";

    private MediaPage Paged(string folder, string? search, List<MediaEntry> folders, List<MediaEntry> files, int page)
    {
        var pageCount = Math.Max(1, (files.Count + options.PageSize - 1) / options.PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var slice = files.Skip((page - 1) * options.PageSize).Take(options.PageSize).ToList();
        return new MediaPage(folder, search, folders, slice, page, pageCount, files.Count);
    }
}
