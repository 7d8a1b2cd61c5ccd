using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Cms.OutputCaching.Services;

namespace Cms.OutputCaching.Tests;

/// <summary>Brotli and gzip negotiated per request (also from the cache), weak ETags and 304 for pages.</summary>
[Collection(CachedSiteCollection.Name)]
public class CompressionAndETagTests(CachedSite site)
{
    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("br;q=0, gzip", "gzip")]
    public async Task Pages_are_compressed_with_the_coding_the_client_accepts_whether_cached_or_not(string accept, string expected)
    {
        for (var i = 0; i < 2; i++)
        {
            using var response = await site.GetAsync("/agenda?coding=" + Uri.EscapeDataString(accept), h => h.Add("Accept-Encoding", accept));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([expected], response.Content.Headers.ContentEncoding);
            var html = await Decode(response, expected);
            Assert.Contains("</html>", html);
        }
    }

    [Fact]
    public async Task A_client_without_accept_encoding_never_gets_the_compressed_cached_copy()
    {
        using (await site.GetAsync("/agenda?coding=mixed", h => h.Add("Accept-Encoding", "br"))) { }
        using var plain = await site.GetAsync("/agenda?coding=mixed");
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Contains("</html>", await plain.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Theme_stylesheets_are_compressed_and_immutable()
    {
        var html = await site.BodyAsync("/");
        var match = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/themes/[^\"]+\\.css)\"");
        Assert.True(match.Success, "the layout links a stylesheet of the site theme");
        using var css = await site.GetAsync(match.Groups[1].Value, h => h.Add("Accept-Encoding", "br"));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal(["br"], css.Content.Headers.ContentEncoding);
        Assert.Contains("immutable", css.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task A_page_has_a_weak_etag_and_a_matching_request_gets_304_then_200_after_a_change()
    {
        var theme = await site.CreateThemeAsync("Thematique etiquetee");
        var path = CachedSite.PathOf(theme);
        using var first = await site.GetAsync(path);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);
        Assert.True(first.Headers.CacheControl!.NoCache);

        for (var i = 0; i < 2; i++) // rendered, then from the cache
        {
            using var conditional = await site.GetAsync(path, h => h.IfNoneMatch.Add(etag));
            Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
            Assert.Empty(await conditional.Content.ReadAsByteArrayAsync());
        }

        await site.RetitleAsync(theme.ContentItemId, "Thematique etiquetee autrement");
        using var changed = await site.GetAsync(path, h => h.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("Thematique etiquetee autrement", await changed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_head_request_on_a_page_has_the_etag_and_length_of_the_get()
    {
        var theme = await site.CreateThemeAsync("Thematique sans corps");
        var path = CachedSite.PathOf(theme);
        for (var i = 0; i < 2; i++) // rendered, then from the cache
        {
            using var get = await site.GetAsync(path);
            using var head = await site.Client().SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal(get.Headers.ETag, head.Headers.ETag);
            Assert.True(head.Headers.CacheControl!.NoCache);
            Assert.Equal(get.Content.Headers.ContentLength ?? (await get.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
        }
    }

    [Fact]
    public async Task The_etag_does_not_depend_on_the_content_coding()
    {
        using var brotli = await site.GetAsync("/thematiques?etag=coding", h => h.Add("Accept-Encoding", "br"));
        using var plain = await site.GetAsync("/thematiques?etag=coding");
        Assert.Equal(brotli.Headers.ETag, plain.Headers.ETag);
    }

    [Theory]
    [InlineData("", "identity")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip;q=0.5, br;q=0.8", "br")]
    [InlineData("br;q=0", "identity")]
    [InlineData("*", "br")]
    [InlineData("deflate", "identity")]
    public void The_cache_keeps_one_entry_per_coding(string accept, string expected) =>
        Assert.Equal(expected, PublicPagePolicy.PreferredEncoding(accept));

    private static async Task<string> Decode(HttpResponseMessage response, string coding)
    {
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decoded = coding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
        using var reader = new StreamReader(decoded);
        return await reader.ReadToEndAsync();
    }
}
