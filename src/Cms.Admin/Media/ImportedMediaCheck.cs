using Cms.Abstractions.Media;

namespace Cms.Admin.Media;

/// <summary>
/// What a media file brought by an import (a recipe's <c>media</c> step, a Markdown folder or zip) must pass before
/// it is written: the same content check as an upload (<see cref="MediaFileValidator"/>), then the library's room
/// (<see cref="MediaSpace"/>): the depth of its folder and the quota. A written file is counted. The entries-per-folder
/// limit is left to uploads and new folders: an imported site brings its folders as they are (a Jekyll
/// <c>uploads/</c> folder often holds thousands of files), and counting a folder for each of its files would make an
/// import quadratic.
/// </summary>
public sealed class ImportedMediaCheck(MediaFileValidator validator, MediaSpace space) : IMediaFileCheck
{
    public async Task<string?> RefusalAsync(string path, Stream content, CancellationToken cancellationToken)
    {
        if (await validator.RefusalAsync(path, content, cancellationToken) is { } refusal) return refusal;
        var slash = path.LastIndexOf('/');
        var folder = slash < 0 ? "" : path[..slash];
        return space.DepthRefusal(folder) ?? await space.QuotaRefusalAsync(content.Length, cancellationToken);
    }

    public Task<string?> ContentRefusalAsync(string path, Stream content, CancellationToken cancellationToken) =>
        validator.RefusalAsync(path, content, cancellationToken);

    public void Stored(string path, long length) => space.Count(length);
}
