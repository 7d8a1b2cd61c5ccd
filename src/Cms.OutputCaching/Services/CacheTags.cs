namespace Cms.OutputCaching.Services;

/// <summary>The output cache tags: one per content item and per content type a page shows, <c>content</c> and <c>page</c>.</summary>
public static class CacheTags
{
    /// <summary>Carried by every cached response: evicted when something every page shows changes (site settings).</summary>
    public const string AnyPage = "page";

    /// <summary>Carried by every cached response that did not say which content it shows (feeds, calendars, sitemap):
    /// evicted on any content change.</summary>
    public const string AnyContent = "content";

    public static string Item(string contentItemId) => "item:" + contentItemId;

    public static string Type(string contentType) => "type:" + contentType;
}
