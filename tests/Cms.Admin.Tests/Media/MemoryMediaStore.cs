using Cms.Abstractions.Media;

namespace Cms.Admin.Tests.Media;

/// <summary>A media store in memory for unit tests of editors: the files given, nothing else.</summary>
public sealed class MemoryMediaStore(params string[] paths) : IMediaStore
{
    private readonly Dictionary<string, byte[]> _files = paths.ToDictionary(p => p, _ => Array.Empty<byte>(), StringComparer.Ordinal);

    public Task<bool> ExistsAsync(string path, CancellationToken cancellationToken = default) => Task.FromResult(_files.ContainsKey(path));

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default) =>
        Task.FromResult<Stream?>(_files.TryGetValue(path, out var bytes) ? new MemoryStream(bytes) : null);

    public async Task SaveAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        using var memory = new MemoryStream();
        await content.CopyToAsync(memory, cancellationToken);
        _files[path] = memory.ToArray();
    }

    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default) => Task.FromResult(_files.Remove(path));

    public Task<IReadOnlyList<MediaEntry>> ListAsync(string folder = "", CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<MediaEntry>>(_files.Select(f => new MediaEntry(f.Key, false, f.Value.Length, DateTime.UnixEpoch)).ToList());

    public string PublicUrl(string path) => "/media/" + path;
}
