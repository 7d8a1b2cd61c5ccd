using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Cms.Admin.Media;

/// <summary>
/// The media library's limits, read from <c>Cms:Media</c>: <c>MaxFileSize</c> (bytes per file, default 20 MB),
/// <c>MaxRequestSize</c> (bytes per upload request, default 100 MB, at least <c>MaxFileSize</c> + 8 KB), <c>MaxImagePixels</c>
/// (default 40 megapixels: larger images are refused before being decoded), <c>MaxImageFrames</c> (frames of a GIF or
/// WebP animation, default 300), <c>MaxDecodedImageBytes</c> (all frames decoded, default 256 MB),
/// <c>PageSize</c> (files per page, 48); the library's room: <c>Quota</c> (bytes of all its files together, default
/// 10 GB), <c>MaxFolderDepth</c> (levels of folders, default 8) and <c>MaxEntriesPerFolder</c> (files and folders in
/// one folder, default 10,000).
/// </summary>
public sealed class MediaOptions
{
    public const string Section = "Cms:Media";

    public long MaxFileSize { get; init; } = 20L * 1024 * 1024;
    public long MaxRequestSize { get; init; } = 100L * 1024 * 1024;
    public long MaxImagePixels { get; init; } = 40_000_000;
    public int MaxImageFrames { get; init; } = 300;
    public long MaxDecodedImageBytes { get; init; } = 256L * 1024 * 1024;
    public int PageSize { get; init; } = 48;
    /// <summary>Width and height bound of a thumbnail, in pixels.</summary>
    public int ThumbnailSize { get; init; } = 240;
    public long Quota { get; init; } = 10L * 1024 * 1024 * 1024;
    public int MaxFolderDepth { get; init; } = 8;
    public int MaxEntriesPerFolder { get; init; } = 10_000;

    /// <summary>Reads and checks the section; throws <see cref="InvalidOperationException"/> naming the key at fault.</summary>
    public static MediaOptions FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var defaults = new MediaOptions();
        var options = new MediaOptions
        {
            MaxFileSize = Positive(section, nameof(MaxFileSize), defaults.MaxFileSize),
            MaxImagePixels = Positive(section, nameof(MaxImagePixels), defaults.MaxImagePixels),
            MaxImageFrames = (int)Math.Min(int.MaxValue, Positive(section, nameof(MaxImageFrames), defaults.MaxImageFrames)),
            MaxDecodedImageBytes = Positive(section, nameof(MaxDecodedImageBytes), defaults.MaxDecodedImageBytes),
            PageSize = (int)Math.Min(500, Positive(section, nameof(PageSize), defaults.PageSize)),
            ThumbnailSize = (int)Math.Min(1024, Positive(section, nameof(ThumbnailSize), defaults.ThumbnailSize)),
            Quota = Positive(section, nameof(Quota), defaults.Quota),
            MaxFolderDepth = (int)Math.Min(64, Positive(section, nameof(MaxFolderDepth), defaults.MaxFolderDepth)),
            MaxEntriesPerFolder = (int)Math.Min(int.MaxValue, Positive(section, nameof(MaxEntriesPerFolder), defaults.MaxEntriesPerFolder)),
        };
        var request = Positive(section, nameof(MaxRequestSize), Math.Max(defaults.MaxRequestSize, options.MaxFileSize + 1024 * 1024));
        return new MediaOptions
        {
            MaxFileSize = options.MaxFileSize,
            MaxImagePixels = options.MaxImagePixels,
            MaxImageFrames = options.MaxImageFrames,
            MaxDecodedImageBytes = options.MaxDecodedImageBytes,
            PageSize = options.PageSize,
            ThumbnailSize = options.ThumbnailSize,
            Quota = options.Quota,
            MaxFolderDepth = options.MaxFolderDepth,
            MaxEntriesPerFolder = options.MaxEntriesPerFolder,
            // The request carries the multipart envelope and the form fields besides the file.
            MaxRequestSize = Math.Max(request, options.MaxFileSize + 8 * 1024),
        };
    }

    /// <summary>« 20 Mo », « 512 ko », « 300 octets ».</summary>
    public static string Describe(long bytes) => bytes switch
    {
        >= 1024L * 1024 * 1024 => (bytes / 1024d / 1024d / 1024d).ToString("0.#", French) + " Go",
        >= 1024 * 1024 => (bytes / 1024d / 1024d).ToString("0.#", French) + " Mo",
        >= 1024 => (bytes / 1024d).ToString("0.#", French) + " ko",
        _ => $"{bytes} octets",
    };

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static long Positive(IConfigurationSection section, string key, long fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (!long.TryParse(text.Trim(), out var value) || value <= 0)
        {
            throw new InvalidOperationException($"Configuration '{Section}:{key}' = '{text}' must be a positive whole number.");
        }
        return value;
    }
}
