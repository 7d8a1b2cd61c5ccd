using System.Security.Cryptography;
using System.Text;
using Cms.Abstractions.Media;
using Cms.Data.Configuration;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

namespace Cms.Admin.Media;

/// <summary>
/// Small WebP copies of library images for the back office, made with ImageSharp on first request and kept under
/// <c>{Cms:DataDirectory}/cache/media-thumbnails</c> (outside the store: they never show in the library). The cache
/// key includes the file's size and date, so a replaced file gets a new thumbnail.
/// </summary>
public sealed class MediaThumbnails(IMediaLibraryStore store, CmsDataOptions data, MediaOptions options, MediaFileValidator validator)
{
    public const string ContentType = "image/webp";

    private readonly string _directory = Path.Combine(data.DataDirectory, "cache", "media-thumbnails");

    /// <summary>The thumbnail file of an image of the store, or null (not an image, missing, unreadable).</summary>
    public async Task<string?> GetAsync(string path, CancellationToken cancellationToken)
    {
        if (!MediaLibrary.IsSafePath(path) || !MediaKind.IsImageExtension(path)) return null;
        var entry = await store.GetEntryAsync(path, cancellationToken);
        if (entry is null || entry.IsFolder) return null;
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{path}|{entry.Length}|{entry.LastModifiedUtc.Ticks}|{options.ThumbnailSize}")))[..32].ToLowerInvariant();
        var file = Path.Combine(_directory, key + ".webp");
        if (File.Exists(file)) return file;

        await using var opened = await store.OpenReadAsync(path, cancellationToken);
        if (opened is null) return null;
        // An object store answers with a forward-only stream: the image is read twice (identify, then load).
        await using var source = opened.CanSeek ? opened : await BufferAsync(opened, entry.Length, cancellationToken);
        if (source is null) return null;
        try
        {
            var info = await Image.IdentifyAsync(source, cancellationToken);
            // A file stored before the limits (or by other means) gets no thumbnail rather than an unbounded decode.
            if (info is null || MediaKind.FromExtension(path) is not { } kind || validator.DecodingBudgetRefusal(info.Width, info.Height, source, kind) is not null) return null;
            source.Position = 0;
            using var image = await Image.LoadAsync(source, cancellationToken);
            image.Mutate(x => x.Resize(new ResizeOptions { Size = new Size(options.ThumbnailSize, options.ThumbnailSize), Mode = ResizeMode.Max }));
            Directory.CreateDirectory(_directory);
            var temporary = file + $".{Guid.NewGuid():N}.tmp";
            await image.SaveAsync(temporary, new WebpEncoder { Quality = 75 }, cancellationToken);
            File.Move(temporary, file, overwrite: true);
            return file;
        }
        catch (Exception e) when (e is ImageFormatException or UnknownImageFormatException or InvalidImageContentException or NotSupportedException or EndOfStreamException)
        {
            return null;
        }
    }

    /// <summary>The file in memory, or null when it is bigger than the library accepts (<see cref="MediaOptions.MaxFileSize"/>).</summary>
    private async Task<Stream?> BufferAsync(Stream source, long length, CancellationToken cancellationToken)
    {
        if (length > options.MaxFileSize) return null;
        var buffer = new MemoryStream(capacity: (int)length);
        await source.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        return buffer;
    }
}
