namespace Cms.OutputCaching.Services;

/// <summary>
/// <c>Cms:OutputCache</c>: how long a page stays cached when nothing changes it (pages that depend on the clock,
/// such as the upcoming agenda, are refreshed at least that often), the memory the cache may use, the paths never
/// cached and the cookies whose presence means "a signed-in editor: do not serve or store a shared page".
/// </summary>
public sealed class OutputCachingOptions
{
    public bool Enabled { get; set; } = true;
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(10);
    public long SizeLimitBytes { get; set; } = 64L * 1024 * 1024;
    public List<string> ExcludedPaths { get; set; } = ["/admin", "/media"];
    public List<string> BypassCookies { get; set; } = ["cms.auth"];
}
