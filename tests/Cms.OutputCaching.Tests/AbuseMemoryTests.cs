using System.Net;
using Cms.Display.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.OutputCaching.Tests;

/// <summary>Issue 16, proof (bench/Abuse): what an anonymous random request may leave behind in the site's caches.</summary>
[Collection(CachedSiteCollection.Name)]
public class AbuseMemoryTests(CachedSite site)
{
    [Fact]
    public async Task Abuse_a_random_path_leaves_no_entry_in_the_published_content_cache()
    {
        var path = $"{Guid.NewGuid():n}/{Environment.TickCount}";
        using var response = await site.GetAsync("/" + path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var cache = site.App.Services.GetRequiredService<PublishedContentCache>();
        Assert.False(cache.TryGetByPath(path, out _), "a miss keyed by a visitor's path is not kept");

        // A published page is still kept (the cookie keeps the output cache from answering instead of the page).
        using var found = await site.GetAsync("/thematiques/donnees-territoire", h => h.Add("Cookie", "cms.auth=une-session"));
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.True(cache.TryGetByPath("thematiques/donnees-territoire", out var item));
        Assert.NotNull(item);
    }
}
