using Cms.Abstractions.Media;
using SixLabors.ImageSharp;

namespace Cms.Admin.Media;

/// <summary>A file accepted by <see cref="MediaFileValidator"/>: its type, and the size of an image.</summary>
public sealed record MediaCheck(MediaKind Kind, int? Width, int? Height);

/// <summary>
/// Decides whether a file may enter the library, from its content: the size limit, the type read from the leading
/// bytes (<see cref="MediaTypeDetector"/>), an extension that agrees with that type, and for an image a full decode
/// with ImageSharp (a truncated or forged image fails) within budgets checked before decoding: pixels of the canvas,
/// frames of an animation (<see cref="ImageFrames"/>), and bytes of all frames once decoded (ImageSharp expands every
/// frame of a GIF or WebP to the full canvas, four bytes a pixel). The same check guards imports
/// (<see cref="IMediaFileCheck"/>).
/// </summary>
public sealed class MediaFileValidator(MediaOptions options) : IMediaFileCheck
{
    public async Task<string?> RefusalAsync(string path, Stream content, CancellationToken cancellationToken) =>
        (await ValidateAsync(Path.GetFileName(path), content, cancellationToken)).Error;

    /// <summary>The refusal of an image whose canvas, frame count or decoded size is over the limits, before any decoding.</summary>
    internal string? DecodingBudgetRefusal(int width, int height, Stream content, MediaKind kind)
    {
        if ((long)width * height > options.MaxImagePixels)
        {
            return $"l'image mesure {width} × {height} pixels, au-delà de la limite de {options.MaxImagePixels / 1_000_000} mégapixels";
        }
        var frames = Math.Max(1, ImageFrames.Count(content, kind));
        if (frames > options.MaxImageFrames)
        {
            return $"l'animation compte {frames} images, au-delà de la limite de {options.MaxImageFrames} (Cms:Media:MaxImageFrames)";
        }
        var decoded = (long)width * height * 4 * frames;
        if (decoded > options.MaxDecodedImageBytes)
        {
            return $"une fois décodée, l'image occuperait {MediaOptions.Describe(decoded)} ({frames} image(s) de {width} × {height} pixels), " +
                $"au-delà de la limite de {MediaOptions.Describe(options.MaxDecodedImageBytes)} (Cms:Media:MaxDecodedImageBytes)";
        }
        return null;
    }

    /// <summary>The accepted type, or the reason of the refusal in French (without the file name).</summary>
    public async Task<(MediaCheck? Check, string? Error)> ValidateAsync(string storeName, Stream content, CancellationToken cancellationToken)
    {
        if (content.Length > options.MaxFileSize)
        {
            return (null, $"le fichier fait {MediaOptions.Describe(content.Length)}, au-delà de la taille maximale de {MediaOptions.Describe(options.MaxFileSize)}");
        }
        var detection = await MediaTypeDetector.DetectAsync(content, cancellationToken);
        if (detection.Kind is not { } kind) return (null, detection.Refusal);

        var extension = Path.GetExtension(storeName).TrimStart('.');
        if (!kind.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            var expected = string.Join(" ou ", kind.Extensions.Select(e => "." + e));
            return (null, $"le contenu est {kind.Label} mais l'extension est « .{extension} » : renommez le fichier en {expected}");
        }
        if (!kind.IsImage) return (new MediaCheck(kind, null, null), null);

        content.Position = 0;
        try
        {
            var info = await Image.IdentifyAsync(content, cancellationToken);
            if (info is null) return (null, $"le contenu commence comme {kind.Label} mais n'est pas une image lisible");
            if (DecodingBudgetRefusal(info.Width, info.Height, content, kind) is { } budget) return (null, budget);
            content.Position = 0;
            using var image = await Image.LoadAsync(content, cancellationToken);
            return (new MediaCheck(kind, image.Width, image.Height), null);
        }
        catch (Exception e) when (e is ImageFormatException or UnknownImageFormatException or InvalidImageContentException or NotSupportedException or EndOfStreamException)
        {
            return (null, $"le contenu commence comme {kind.Label} mais l'image ne peut pas être décodée (fichier tronqué ou endommagé)");
        }
    }
}
