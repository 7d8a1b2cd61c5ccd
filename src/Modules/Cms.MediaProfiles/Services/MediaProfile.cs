namespace Cms.MediaProfiles.Services;

/// <summary>Orchard's resize modes, numbered as Orchard stores them in a profile (<c>"Mode": 2</c> is Crop).</summary>
public enum ResizeMode { Undefined, Max, Crop, Pad, BoxPad, Min, Stretch }

/// <summary>Orchard's output formats, numbered as Orchard stores them (<c>"Format": 0</c> keeps the source's).</summary>
public enum ImageFormat { Undefined, Bmp, Gif, Jpg, Png, Tga, WebP }

/// <summary>A named resize profile, Orchard's <c>MediaProfile</c> (0 means "not set" for width, height and quality).</summary>
public sealed class MediaProfile
{
    public string? Hint { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public ResizeMode Mode { get; set; }
    public ImageFormat Format { get; set; }
    public int Quality { get; set; } = 100;
    public string? BackgroundColor { get; set; }
}

/// <summary>The profiles by name (the document <c>MediaProfiles</c>), and the key that signs resize URLs.</summary>
public sealed class MediaProfilesDocument
{
    public const string DocumentName = "MediaProfiles";

    public Dictionary<string, MediaProfile> MediaProfiles { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
