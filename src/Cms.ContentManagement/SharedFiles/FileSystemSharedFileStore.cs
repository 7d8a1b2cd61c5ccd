using Cms.Abstractions.Media;
using Cms.Abstractions.Storage;
using Cms.ContentManagement.Media;
using Cms.Data.Configuration;

namespace Cms.ContentManagement.SharedFiles;

/// <summary>Shared private files under <c>{Cms:SharedDirectory}/tmp/shared</c> (the data directory on a single node).</summary>
public sealed class FileSystemSharedFileStore(CmsDataOptions options) : ISharedFileStore
{
    private readonly string _root = Path.GetFullPath(options.SharedFilesDirectory);

    public Task SaveAsync(string path, Stream content, CancellationToken cancellationToken = default) =>
        AtomicFile.WriteAsync(Resolve(path), content, cancellationToken);

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = Resolve(path);
        return Task.FromResult<Stream?>(File.Exists(full) ? new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null);
    }

    public Task<IReadOnlyList<MediaEntry>> ListFilesAsync(string folder, CancellationToken cancellationToken = default)
    {
        var full = Resolve(folder);
        if (!Directory.Exists(full)) return Task.FromResult<IReadOnlyList<MediaEntry>>([]);
        var files = new DirectoryInfo(full).EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(f => !f.Name.EndsWith(".tmp", StringComparison.Ordinal))
            .Select(f => new MediaEntry(Path.GetRelativePath(_root, f.FullName).Replace(Path.DirectorySeparatorChar, '/'), false, f.Length, f.LastWriteTimeUtc))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult<IReadOnlyList<MediaEntry>>(files);
    }

    public Task DeleteFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        var full = Resolve(folder);
        try
        {
            if (Directory.Exists(full)) Directory.Delete(full, recursive: true);
        }
        catch (IOException)
        {
            // Still in use: the next purge removes it.
        }
        return Task.CompletedTask;
    }

    private string Resolve(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_root, MediaStorePath.Normalize(path).Replace('/', Path.DirectorySeparatorChar)));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Shared path '{path}' leaves the shared directory.", nameof(path));
        }
        return full;
    }
}
