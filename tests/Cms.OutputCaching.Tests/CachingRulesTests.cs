using System.Net;

namespace Cms.OutputCaching.Tests;

/// <summary>What is cached, what never is, and how variants are kept apart.</summary>
[Collection(CachedSiteCollection.Name)]
public class CachingRulesTests(CachedSite site)
{
    [Fact]
    public async Task Query_variants_are_cached_separately()
    {
        // Themes of the setup recipe: only values naming something make entries (Item02CacheKeysTests).
        await site.WarmAsync("/agenda?theme=donnees-territoire&theme=ecologie-soutenabilite");
        using var other = await site.GetAsync("/agenda?theme=donnees-territoire&theme=communs-souverainete");
        Assert.False(CachedSite.FromCache(other), "another query string is not the cached entry of the first");
        using var again = await site.GetAsync("/agenda?theme=donnees-territoire&theme=communs-souverainete");
        Assert.True(CachedSite.FromCache(again));
    }

    [Fact]
    public async Task The_back_office_is_never_cached()
    {
        for (var i = 0; i < 2; i++)
        {
            using var response = await site.GetAsync("/admin/connexion");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(CachedSite.FromCache(response));
        }
    }

    [Fact]
    public async Task A_request_with_the_sign_in_cookie_is_neither_served_from_nor_stored_in_the_cache()
    {
        await site.WarmAsync("/thematiques");
        for (var i = 0; i < 2; i++)
        {
            using var signedIn = await site.GetAsync("/thematiques", h => h.Add("Cookie", "cms.auth=une-session"));
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
            Assert.False(CachedSite.FromCache(signedIn));
        }
        using var bearer = await site.GetAsync("/thematiques", h => h.Authorization = new("Bearer", "jeton"));
        Assert.False(CachedSite.FromCache(bearer));
    }

    [Fact]
    public async Task A_signed_in_request_does_not_fill_the_cache_for_visitors()
    {
        using (await site.GetAsync("/agenda?theme=ethique-emancipation&theme=communs-souverainete", h => h.Add("Cookie", "cms.auth=une-session"))) { }
        using var anonymous = await site.GetAsync("/agenda?theme=ethique-emancipation&theme=communs-souverainete");
        Assert.False(CachedSite.FromCache(anonymous));
    }

    [Fact]
    public async Task Not_found_pages_are_not_cached()
    {
        for (var i = 0; i < 2; i++)
        {
            using var response = await site.GetAsync("/page-qui-n-existe-pas");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.False(CachedSite.FromCache(response));
        }
    }
}
