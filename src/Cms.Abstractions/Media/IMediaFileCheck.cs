namespace Cms.Abstractions.Media;

/// <summary>
/// The content check every file passes before it enters the media store, whoever brings it (an upload in the back
/// office, a recipe's <c>media</c> step, the media of a Markdown import): type from the content, extension, image
/// decoding within its limits, and the room left in the library (quota, folder limits). Implemented by the back
/// office's media library.
/// </summary>
public interface IMediaFileCheck
{
    /// <summary>Null when <paramref name="content"/> (seekable) may be stored at <paramref name="path"/>, else the reason in French.</summary>
    Task<string?> RefusalAsync(string path, Stream content, CancellationToken cancellationToken);

    /// <summary>
    /// Null when <paramref name="content"/>, a file already in the library, is safe to read as what its name says
    /// (type, size, decoding budgets), whatever room is left: what a resizer asks before decoding it.
    /// </summary>
    Task<string?> ContentRefusalAsync(string path, Stream content, CancellationToken cancellationToken) => RefusalAsync(path, content, cancellationToken);

    /// <summary>Told once a checked file of <paramref name="length"/> bytes is written at <paramref name="path"/> (e.g. to count it against a quota).</summary>
    void Stored(string path, long length) { }
}

/// <summary>What <see cref="ImportedMedia.SaveAsync"/> did with one file.</summary>
public enum ImportedMediaOutcome
{
    /// <summary>Written (or, in a dry run, would be).</summary>
    Saved,
    /// <summary>The store already has this path with the same bytes: nothing to do.</summary>
    Identical,
    /// <summary>The store has a different file at this path: it is kept, never replaced by an import.</summary>
    KeptExisting,
    /// <summary>The content check refused the file.</summary>
    Refused,
}

/// <summary>
/// The one way imports (recipes, Markdown folders and zips) write a media file: through the same content check as
/// uploads, and never over an existing file — a different file already at that path is kept and reported.
/// </summary>
public static class ImportedMedia
{
    public static async Task<(ImportedMediaOutcome Outcome, string? Refusal)> SaveAsync(
        IMediaStore store, IMediaFileCheck? check, string path, Stream content, bool dryRun, CancellationToken cancellationToken)
    {
        var seekable = content.CanSeek ? content : await CopyAsync(content, cancellationToken);
        try
        {
            if (await store.ExistsAsync(path, cancellationToken))
            {
                return (await SameBytesAsync(store, path, seekable, cancellationToken) ? ImportedMediaOutcome.Identical : ImportedMediaOutcome.KeptExisting, null);
            }
            if (check is not null)
            {
                seekable.Position = 0;
                if (await check.RefusalAsync(path, seekable, cancellationToken) is { } refusal) return (ImportedMediaOutcome.Refused, refusal);
            }
            if (!dryRun)
            {
                seekable.Position = 0;
                await store.SaveAsync(path, seekable, cancellationToken);
                check?.Stored(path, seekable.Length);
            }
            return (ImportedMediaOutcome.Saved, null);
        }
        finally
        {
            if (!ReferenceEquals(seekable, content)) await seekable.DisposeAsync();
        }
    }

    private static async Task<Stream> CopyAsync(Stream content, CancellationToken cancellationToken)
    {
        var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken);
        return copy;
    }

    private static async Task<bool> SameBytesAsync(IMediaStore store, string path, Stream content, CancellationToken cancellationToken)
    {
        await using var existing = await store.OpenReadAsync(path, cancellationToken);
        if (existing is null) return false;
        content.Position = 0;
        var a = new byte[81920];
        var b = new byte[81920];
        while (true)
        {
            var read = await content.ReadAtLeastAsync(a, a.Length, throwOnEndOfStream: false, cancellationToken);
            var other = await existing.ReadAtLeastAsync(b, b.Length, throwOnEndOfStream: false, cancellationToken);
            if (read != other || !a.AsSpan(0, read).SequenceEqual(b.AsSpan(0, other))) return false;
            if (read == 0) return true;
        }
    }
}
