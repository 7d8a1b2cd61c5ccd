using Cms.Abstractions.Media;
using Cms.Data.Configuration;

namespace Cms.ContentManagement.Media;

/// <summary>
/// Media files under <c>{Cms:DataDirectory}/media</c>, served at <c>/media/{path}</c>. Every path is checked: relative,
/// '/'-separated, no '..' / '.' segment, no control character, no ':' or '\', and it must resolve inside the store.
/// </summary>
public sealed class FileSystemMediaStore(CmsDataOptions options) : IMediaLibraryStore, IMediaStoreProbe
{
    public const string RequestPath = MediaStorePath.RequestPath;

    private readonly string _root = Path.GetFullPath(options.MediaDirectory);

    public Task<bool> ExistsAsync(string path, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(Resolve(path)));

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = Resolve(path);
        return Task.FromResult<Stream?>(File.Exists(full)
            ? new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null);
    }

    public async Task SaveAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var full = Resolve(path);
        if (Directory.Exists(full)) throw new ArgumentException($"Media path '{path}' is a folder.", nameof(path));
        await AtomicFile.WriteAsync(full, content, cancellationToken);
    }

    public async Task<bool> TryCreateAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var full = Resolve(path);
        if (Directory.Exists(full) || File.Exists(full)) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + $".{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(target, cancellationToken);
            }
            try
            {
                // No overwrite: when another writer took the name meanwhile, the move fails and this one reports it.
                File.Move(temporary, full, overwrite: false);
                return true;
            }
            catch (IOException) when (File.Exists(full) || Directory.Exists(full))
            {
                return false;
            }
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    public Task CreateFolderAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = Resolve(path);
        if (File.Exists(full)) throw new ArgumentException($"Media path '{path}' is a file.", nameof(path));
        Directory.CreateDirectory(full);
        return Task.CompletedTask;
    }

    public Task<MediaEntry?> GetEntryAsync(string path, CancellationToken cancellationToken = default)
    {
        var relative = Check(path, allowEmpty: false);
        var full = Resolve(relative);
        if (File.Exists(full))
        {
            var file = new FileInfo(full);
            return Task.FromResult<MediaEntry?>(new MediaEntry(relative, false, file.Length, file.LastWriteTimeUtc));
        }
        return Task.FromResult(Directory.Exists(full)
            ? new MediaEntry(relative, true, 0, Directory.GetLastWriteTimeUtc(full))
            : null);
    }

    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = Resolve(path);
        if (!File.Exists(full)) return Task.FromResult(false);
        File.Delete(full);
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<MediaEntry>> ListAsync(string folder = "", CancellationToken cancellationToken = default)
    {
        var relative = Check(folder, allowEmpty: true);
        var full = relative.Length == 0 ? _root : Resolve(relative);
        if (!Directory.Exists(full)) return Task.FromResult<IReadOnlyList<MediaEntry>>([]);
        var entries = new List<MediaEntry>();
        foreach (var directory in new DirectoryInfo(full).EnumerateDirectories().OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            entries.Add(new MediaEntry(Join(relative, directory.Name), true, 0, directory.LastWriteTimeUtc));
        }
        foreach (var file in new DirectoryInfo(full).EnumerateFiles().Where(f => !f.Name.EndsWith(".tmp", StringComparison.Ordinal))
                     .OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            entries.Add(new MediaEntry(Join(relative, file.Name), false, file.Length, file.LastWriteTimeUtc));
        }
        return Task.FromResult<IReadOnlyList<MediaEntry>>(entries);
    }

    public string PublicUrl(string path) => MediaStorePath.PublicUrl(path);

    public string Description => _root;

    /// <summary>Writes and deletes a small file in the store's root: the directory exists and this process may write there.</summary>
    public async Task ProbeAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(_root);
        var probe = Path.Combine(_root, $".probe-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllBytesAsync(probe, [1], cancellationToken);
        }
        finally
        {
            File.Delete(probe);
        }
    }

    private string Resolve(string path)
    {
        var relative = Check(path, allowEmpty: false);
        var full = Path.GetFullPath(Path.Combine(_root, relative.Replace('/', Path.DirectorySeparatorChar)));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Media path '{path}' leaves the media store.", nameof(path));
        }
        return full;
    }

    private static string Check(string? path, bool allowEmpty) => MediaStorePath.Normalize(path, allowEmpty);

    private static string Join(string folder, string name) => MediaStorePath.Join(folder, name);
}
