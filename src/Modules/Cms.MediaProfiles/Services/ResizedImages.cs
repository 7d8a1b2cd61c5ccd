using System.Security.Cryptography;
using System.Text;
using Cms.Abstractions.Data;
using Cms.Abstractions.Media;
using Cms.Data.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Tga;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

namespace Cms.MediaProfiles.Services;

/// <summary>
/// Resize URLs and the resized files. A URL made by <c>resize_url</c> carries a <c>token</c>: an HMAC of the path and
/// the canonical commands with a key kept in the store (document <c>MediaResizeKey</c>, the same for every node), so
/// that only the sizes the site's templates ask for are ever made; a visitor who changes a number gets the original
/// file. Each resized image is made once with ImageSharp (the source passes the media library's decoding limits
/// first) and kept under <c>{DataDirectory}/cache/media-resized</c>, named after the path, the source's version and
/// the commands.
/// </summary>
public sealed class ResizedImages(IServiceScopeFactory scopes, CmsDataOptions data)
{
    private const string KeyDocument = "MediaResizeKey";
    private readonly string _directory = Path.Combine(data.DataDirectory, "cache", "media-resized");
    private readonly SemaphoreSlim _keyLoading = new(1, 1);
    private byte[]? _key;

    public string Directory => _directory;

    /// <summary>The signed URL of <paramref name="storePath"/> resized by <paramref name="commands"/>.</summary>
    public async Task<string> UrlAsync(string publicUrl, string storePath, ResizeCommands commands, CancellationToken cancellationToken)
    {
        var query = commands.ToQuery();
        return $"{publicUrl}?{query}&token={await SignAsync(storePath, query, cancellationToken)}";
    }

    public async Task<bool> VerifyAsync(string storePath, ResizeCommands commands, string? token, CancellationToken cancellationToken)
    {
        if (token is not { Length: > 0 }) return false;
        var expected = await SignAsync(storePath, commands.ToQuery(), cancellationToken);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(token), Encoding.ASCII.GetBytes(expected));
    }

    /// <summary>The version of a stored file (its size and date), or null when there is no such file.</summary>
    public async Task<string?> VersionAsync(string storePath, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<IMediaLibraryStore>() is not { } store) return null;
        var entry = await store.GetEntryAsync(storePath, cancellationToken);
        return entry is null || entry.IsFolder ? null : entry.Version;
    }

    /// <summary>The resized file and its content type, made now if needed; null when the source is missing, not an image, or beyond the limits.</summary>
    public async Task<(string File, string ContentType)?> GetAsync(string storePath, ResizeCommands commands, CancellationToken cancellationToken)
    {
        if (await VersionAsync(storePath, cancellationToken) != commands.Version) return null;
        var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{storePath}?{commands.ToQuery()}")))[..40].ToLowerInvariant();
        var existing = System.IO.Directory.Exists(_directory) ? System.IO.Directory.EnumerateFiles(_directory, name + ".*").FirstOrDefault() : null;
        if (existing is not null) return (existing, ContentTypeOf(existing));

        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IMediaLibraryStore>();
        await using var opened = await store.OpenReadAsync(storePath, cancellationToken);
        if (opened is null) return null;
        await using var source = new MemoryStream();
        await opened.CopyToAsync(source, cancellationToken);
        source.Position = 0;
        // The media library's own limits (type, size, decoded pixels) before any decoding.
        if (scope.ServiceProvider.GetService<IMediaFileCheck>() is { } check && await check.ContentRefusalAsync(storePath, source, cancellationToken) is not null) return null;
        source.Position = 0;
        try
        {
            var (image, format) = await Image.LoadWithFormatAsync(source, cancellationToken);
            using (image)
            {
                image.Mutate(x =>
                {
                    x.Resize(new ResizeOptions
                    {
                        Size = new Size(commands.Width ?? 0, commands.Height ?? 0),
                        Mode = Mode(commands.Mode),
                    });
                    if (commands.BackgroundColor is { } color && Color.TryParseHex(color, out var background)) x.BackgroundColor(background);
                });
                var (encoder, extension, contentType) = Encoder(commands, format);
                System.IO.Directory.CreateDirectory(_directory);
                var file = Path.Combine(_directory, $"{name}.{extension}");
                var temporary = file + $".{Guid.NewGuid():N}.tmp";
                await image.SaveAsync(temporary, encoder, cancellationToken);
                File.Move(temporary, file, overwrite: true);
                return (file, contentType);
            }
        }
        catch (Exception e) when (e is ImageFormatException or UnknownImageFormatException or InvalidImageContentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>ImageSharp's mode; an undefined one is ImageSharp's default, Crop, as for Orchard (ImageSharp.Web).</summary>
    private static SixLabors.ImageSharp.Processing.ResizeMode Mode(ResizeMode mode) => mode switch
    {
        ResizeMode.Max => SixLabors.ImageSharp.Processing.ResizeMode.Max,
        ResizeMode.Pad => SixLabors.ImageSharp.Processing.ResizeMode.Pad,
        ResizeMode.BoxPad => SixLabors.ImageSharp.Processing.ResizeMode.BoxPad,
        ResizeMode.Min => SixLabors.ImageSharp.Processing.ResizeMode.Min,
        ResizeMode.Stretch => SixLabors.ImageSharp.Processing.ResizeMode.Stretch,
        _ => SixLabors.ImageSharp.Processing.ResizeMode.Crop,
    };

    private static (IImageEncoder Encoder, string Extension, string ContentType) Encoder(ResizeCommands commands, IImageFormat source)
    {
        var format = commands.Format != ImageFormat.Undefined ? commands.Format : source.Name.ToLowerInvariant() switch
        {
            "jpeg" => ImageFormat.Jpg,
            "png" => ImageFormat.Png,
            "gif" => ImageFormat.Gif,
            "webp" => ImageFormat.WebP,
            "bmp" => ImageFormat.Bmp,
            "tga" => ImageFormat.Tga,
            _ => ImageFormat.Png,
        };
        var quality = commands.Quality ?? 90;
        return format switch
        {
            ImageFormat.Jpg => (new JpegEncoder { Quality = quality }, "jpg", "image/jpeg"),
            ImageFormat.WebP => (new WebpEncoder { Quality = quality }, "webp", "image/webp"),
            ImageFormat.Gif => (new GifEncoder(), "gif", "image/gif"),
            ImageFormat.Bmp => (new BmpEncoder(), "bmp", "image/bmp"),
            ImageFormat.Tga => (new TgaEncoder(), "tga", "image/x-tga"),
            _ => (new PngEncoder(), "png", "image/png"),
        };
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file) switch
    {
        ".jpg" => "image/jpeg",
        ".webp" => "image/webp",
        ".gif" => "image/gif",
        ".bmp" => "image/bmp",
        ".tga" => "image/x-tga",
        _ => "image/png",
    };

    private async Task<string> SignAsync(string storePath, string query, CancellationToken cancellationToken)
    {
        var key = _key ?? await LoadKeyAsync(cancellationToken);
        return Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{storePath}?{query}")))[..32].ToLowerInvariant();
    }

    private async Task<byte[]> LoadKeyAsync(CancellationToken cancellationToken)
    {
        await _keyLoading.WaitAsync(cancellationToken);
        try
        {
            if (_key is { } loaded) return loaded;
            await using var scope = scopes.CreateAsyncScope();
            var documents = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
            var document = await documents.GetAsync<ResizeKeyDocument>(KeyDocument, cancellationToken);
            if (string.IsNullOrEmpty(document.Key))
            {
                document.Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
                await documents.SaveAsync(KeyDocument, document, cancellationToken: cancellationToken);
                // Two nodes may have written at once: the stored one is the key.
                document = await documents.GetAsync<ResizeKeyDocument>(KeyDocument, cancellationToken);
            }
            return _key = Convert.FromBase64String(document.Key!);
        }
        finally
        {
            _keyLoading.Release();
        }
    }

    private sealed class ResizeKeyDocument
    {
        public string? Key { get; set; }
    }
}
