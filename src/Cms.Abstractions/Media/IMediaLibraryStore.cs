namespace Cms.Abstractions.Media;

/// <summary>
/// What the media library needs beyond <see cref="IMediaStore"/>: folders, a write that never replaces an existing
/// file (two uploads of the same name cannot overwrite each other) and the description of one path. Same path
/// rules as <see cref="IMediaStore"/>.
/// </summary>
public interface IMediaLibraryStore : IMediaStore
{
    /// <summary>Creates the folder (and its parents); nothing happens when it exists. Throws when a file has that path.</summary>
    Task CreateFolderAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Writes a new file; false (and nothing written) when a file or folder already has that path.</summary>
    Task<bool> TryCreateAsync(string path, Stream content, CancellationToken cancellationToken = default);

    /// <summary>The file or folder at <paramref name="path"/>, or null.</summary>
    Task<MediaEntry?> GetEntryAsync(string path, CancellationToken cancellationToken = default);
}
