namespace Cms.OutputCaching.Services;

/// <summary>
/// <c>Cms:OutputCache</c>: how long a page stays cached when nothing changes it (pages that depend on the clock,
/// such as the upcoming agenda, are refreshed at least that often), the memory the cache may use, the paths never
/// cached, the query parameters pages read (the only ones that make a separate entry) and the cookies whose presence means "a signed-in editor: do not serve or store a shared page".
/// </summary>
public sealed class OutputCachingOptions
{
    public bool Enabled { get; set; } = true;
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(10);
    public long SizeLimitBytes { get; set; } = 64L * 1024 * 1024;
    public List<string> ExcludedPaths { get; set; } = ["/admin", "/media"];
    /// <summary>
    /// The query parameters any public page reads: <c>page</c> (listings), <c>theme</c>, <c>mois</c>, <c>annee</c>
    /// (agenda filters). A module whose page reads another adds it here; a page adds the parameters whose values it
    /// recognised to <c>PageMeta.RecognisedQueryKeys</c>, or its response is not stored.
    /// </summary>
    public List<string> QueryKeys { get; set; } = ["page", "theme", "mois", "annee"];
    public List<string> BypassCookies { get; set; } = ["cms.auth"];
}
