namespace Cms.Abstractions.Media;

/// <summary>
/// Files referenced by content (media field paths such as <c>uploads/photo.jpg</c>). Paths are relative, use '/',
/// and can never leave the store: a path with '..', a rooted path or a control character throws
/// <see cref="ArgumentException"/>.
/// </summary>
public interface IMediaStore
{
    Task<bool> ExistsAsync(string path, CancellationToken cancellationToken = default);
    Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default);
    Task SaveAsync(string path, Stream content, CancellationToken cancellationToken = default);
    Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<MediaEntry>> ListAsync(string folder = "", CancellationToken cancellationToken = default);
    /// <summary>The public URL of a path (e.g. <c>/media/uploads/photo.jpg</c>).</summary>
    string PublicUrl(string path);
}

public sealed record MediaEntry(string Path, bool IsFolder, long Length, DateTime LastModifiedUtc)
{
    /// <summary>A short version of the file (from its size and date) for cache-busting URLs (<c>?v=</c>).</summary>
    public string Version =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{Length}|{LastModifiedUtc.Ticks}")))[..12].ToLowerInvariant();
}
