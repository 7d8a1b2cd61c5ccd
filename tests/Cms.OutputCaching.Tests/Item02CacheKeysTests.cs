using System.Net;
using Cms.OutputCaching.Services;
using Microsoft.AspNetCore.Http;

namespace Cms.OutputCaching.Tests;

/// <summary>Issue 16, item 2: cache keys are never built from anonymous input the pages do not read.</summary>
[Collection(CachedSiteCollection.Name)]
public class Item02CacheKeysTests(CachedSite site)
{
    [Fact]
    public async Task Item02_random_query_strings_are_served_from_the_page_entry()
    {
        await site.WarmAsync("/thematiques");
        for (var i = 0; i < 20; i++)
        {
            using var response = await site.GetAsync($"/thematiques?q={Guid.NewGuid():n}&utm_source={i}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(CachedSite.FromCache(response), "a parameter no page reads makes no new entry");
        }
    }

    [Fact]
    public async Task Item02_declared_parameters_are_normalised()
    {
        await site.WarmAsync("/agenda?theme=mediation-competences-numeriques&theme=ecologie-soutenabilite");
        using var response = await site.GetAsync("/agenda?THEME=Ecologie-Soutenabilite&theme=%20mediation-competences-numeriques&utm=1");
        Assert.True(CachedSite.FromCache(response));
    }

    [Fact]
    public async Task Item02_a_declared_value_naming_nothing_makes_no_entry()
    {
        // bench/Abuse's "random declared value": each random theme used to be a cache entry of its own (149 MB for
        // 3,333 requests). The page still answers, with its message, but nothing is stored.
        foreach (var url in (string[])[$"/agenda?theme={Guid.NewGuid():n}", $"/agenda/passes?mois=2023-10&theme={Guid.NewGuid():n}",
                     $"/?theme={Guid.NewGuid():n}", $"/?page=7", $"/thematiques/donnees-territoire?page={Guid.NewGuid():n}"])
        {
            for (var i = 0; i < 2; i++)
            {
                using var response = await site.GetAsync(url);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.False(CachedSite.FromCache(response), $"{url} makes no entry");
            }
        }
        var unknown = $"inconnue-{Guid.NewGuid():n}";
        Assert.Contains($"« {unknown} »", System.Net.WebUtility.HtmlDecode(await site.BodyAsync($"/agenda?theme={unknown}")));
        // Values that name something still have their entry.
        await site.WarmAsync("/agenda?theme=communs-souverainete&page=1");
        await site.WarmAsync("/agenda/passes?mois=2023-10");
    }

    [Fact]
    public async Task Item02_a_declared_parameter_with_an_unusable_value_is_answered_without_rendering()
    {
        for (var i = 0; i < 2; i++)
        {
            using var response = await site.GetAsync($"/agenda?page=%3Cscript%3E{i}&theme=&utm_source=x");
            Assert.Equal(HttpStatusCode.Found, response.StatusCode);
            Assert.Equal("/agenda?theme=&utm_source=x", response.Headers.Location!.OriginalString);
            Assert.Equal(0, response.Content.Headers.ContentLength ?? 0);
        }
        using var random = await site.GetAsync($"/agenda?mois={new string('1', 65)}");
        Assert.Equal(HttpStatusCode.Found, random.StatusCode);
        Assert.Equal("/agenda", random.Headers.Location!.OriginalString);
    }

    [Fact]
    public void Item02_query_variant()
    {
        string[] declared = ["page", "theme"];
        Assert.Equal("", PublicPagePolicy.QueryVariant(new QueryCollection(), declared));
        Assert.Equal("", PublicPagePolicy.QueryVariant(Query("q=abc&x=1"), declared));
        Assert.Equal("page=2&theme=a,b&", PublicPagePolicy.QueryVariant(Query("theme=B&page=2&theme=a&theme=b"), declared));
        Assert.Null(PublicPagePolicy.QueryVariant(Query("page=" + new string('1', 65)), declared));
        Assert.Null(PublicPagePolicy.QueryVariant(Query("theme=a%20b"), declared));
    }

    private static QueryCollection Query(string text) => new(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(text));
}
