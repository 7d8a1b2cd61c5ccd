using Cms.Abstractions.Media;

namespace Cms.Abstractions.Storage;

/// <summary>
/// Private files that every node reads and writes and nobody downloads: the back office's uploads waiting for
/// confirmation, so that the dry run on one node and « Lancer l'import » on another find the same file. A directory
/// (<c>{Cms:SharedDirectory}/tmp/shared</c>) or, with the S3 media provider, the bucket's <c>private/</c> prefix.
/// Paths follow <see cref="MediaStorePath"/>'s rules.
/// </summary>
public interface ISharedFileStore
{
    Task SaveAsync(string path, Stream content, CancellationToken cancellationToken = default);

    /// <summary>The file, or null when it does not exist.</summary>
    Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Every file under <paramref name="folder"/>, at any depth.</summary>
    Task<IReadOnlyList<MediaEntry>> ListFilesAsync(string folder, CancellationToken cancellationToken = default);

    /// <summary>Deletes every file under <paramref name="folder"/>; nothing happens when there is none.</summary>
    Task DeleteFolderAsync(string folder, CancellationToken cancellationToken = default);
}
