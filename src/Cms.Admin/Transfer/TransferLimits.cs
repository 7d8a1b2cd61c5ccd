using Microsoft.Extensions.Configuration;

namespace Cms.Admin.Transfer;

/// <summary>
/// Bounds of an upload, configurable under <c>Cms:Admin:Transfer</c>: the file's size, and for a zip the number of
/// entries and the total size once extracted (a zip bomb is stopped while extracting, whatever its headers say).
/// </summary>
public sealed record TransferLimits
{
    /// <summary>The request size the upload page accepts; above <see cref="MaxUploadBytes"/> but below this, the page explains.</summary>
    public const long RequestLimitBytes = 110L * 1024 * 1024;

    public long MaxUploadBytes { get; init; } = 100L * 1024 * 1024;
    public int MaxZipEntries { get; init; } = 5000;
    public long MaxExtractedBytes { get; init; } = 500L * 1024 * 1024;
    /// <summary>How long an analysed upload waits for « Lancer l'import » before it is deleted.</summary>
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);

    public static TransferLimits FromConfiguration(IConfiguration configuration)
    {
        var defaults = new TransferLimits();
        var section = configuration.GetSection("Cms:Admin:Transfer");
        return new TransferLimits
        {
            MaxUploadBytes = Math.Min(section.GetValue("MaxUploadBytes", defaults.MaxUploadBytes), RequestLimitBytes - 1024 * 1024),
            MaxZipEntries = section.GetValue("MaxZipEntries", defaults.MaxZipEntries),
            MaxExtractedBytes = section.GetValue("MaxExtractedBytes", defaults.MaxExtractedBytes),
            Lifetime = TimeSpan.FromMinutes(section.GetValue("LifetimeMinutes", defaults.Lifetime.TotalMinutes)),
        };
    }
}
