using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Cms.MediaProfiles.Services;

/// <summary>
/// What to make of one image, as Orchard's query string spells it (<c>width</c>, <c>height</c>, <c>rmode</c>,
/// <c>format</c>, <c>quality</c>, <c>bgcolor</c>), with the source file's version (<c>v</c>) so that a replaced file
/// gets a new URL. <see cref="ToQuery"/> gives one canonical spelling: the one that is signed.
/// </summary>
public sealed record ResizeCommands(int? Width, int? Height, ResizeMode Mode, ImageFormat Format, int? Quality, string? BackgroundColor, string Version)
{
    /// <summary>The largest side a resize may ask for (Orchard's largest stock size is 2048; a profile may go further).</summary>
    public const int MaxSide = 4096;

    public bool IsValid =>
        (Width is > 0 and <= MaxSide || Height is > 0 and <= MaxSide)
        && Width is null or (> 0 and <= MaxSide) && Height is null or (> 0 and <= MaxSide)
        && Quality is null or (> 0 and <= 100)
        && (BackgroundColor is null || BackgroundColor.Length <= 9 && BackgroundColor.All(char.IsAsciiLetterOrDigit));

    public static ResizeCommands From(MediaProfile profile, string version) => new(
        profile.Width > 0 ? profile.Width : null, profile.Height > 0 ? profile.Height : null, profile.Mode, profile.Format,
        profile.Quality is > 0 and < 100 ? profile.Quality : null, string.IsNullOrWhiteSpace(profile.BackgroundColor) ? null : profile.BackgroundColor.Trim().TrimStart('#'), version);

    public string ToQuery()
    {
        var parts = new List<string>();
        if (Width is { } w) parts.Add("width=" + w.ToString(CultureInfo.InvariantCulture));
        if (Height is { } h) parts.Add("height=" + h.ToString(CultureInfo.InvariantCulture));
        if (Mode != ResizeMode.Undefined) parts.Add("rmode=" + Mode.ToString().ToLowerInvariant());
        if (Format != ImageFormat.Undefined) parts.Add("format=" + Format.ToString().ToLowerInvariant());
        if (Quality is { } q) parts.Add("quality=" + q.ToString(CultureInfo.InvariantCulture));
        if (BackgroundColor is { } c) parts.Add("bgcolor=" + c);
        parts.Add("v=" + Version);
        return string.Join('&', parts);
    }

    /// <summary>The commands of a request, or null when one is malformed.</summary>
    public static ResizeCommands? FromQuery(IQueryCollection query)
    {
        int? Number(string key) => query.TryGetValue(key, out var v) ? int.TryParse(v.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1 : null;
        T Enum<T>(string key) where T : struct, System.Enum =>
            query.TryGetValue(key, out var v) ? (System.Enum.TryParse<T>(v.ToString(), ignoreCase: true, out var e) && !int.TryParse(v.ToString(), out _) ? e : (T)(object)(-1)) : default;
        var commands = new ResizeCommands(Number("width"), Number("height"), Enum<ResizeMode>("rmode"), Enum<ImageFormat>("format"),
            Number("quality"), query.TryGetValue("bgcolor", out var color) ? color.ToString() : null, query["v"].ToString());
        return commands.IsValid && System.Enum.IsDefined(commands.Mode) && System.Enum.IsDefined(commands.Format) && commands.Version.Length > 0 ? commands : null;
    }
}
