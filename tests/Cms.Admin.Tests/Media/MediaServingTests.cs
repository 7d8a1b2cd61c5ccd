using System.Net;
using Cms.Admin.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Cms.Admin.Tests.Media;

/// <summary><c>/media/…</c>: content types, nosniff, cache validation, active content never run, no way out of the store.</summary>
public class MediaServingTests(AdminSite site) : IClassFixture<AdminSite>
{
    [Fact]
    public async Task Files_are_served_with_their_type_nosniff_and_cache_headers_and_revalidate_with_304()
    {
        await site.PutMediaAsync("uploads/photo.png", MediaSamples.Png());
        using var visitor = new AdminClient(site.Server);

        using var response = await visitor.GetAsync("/media/uploads/photo.png");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromDays(1), response.Headers.CacheControl.MaxAge);
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.True(response.Headers.Contains("Content-Security-Policy")); // every response carries the site policy (issue 16)

        using var request = new HttpRequestMessage(HttpMethod.Get, "/media/uploads/photo.png");
        request.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var http = site.Server.CreateClient();
        using var revalidated = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Theory]
    [InlineData("docs/plan.pdf", "application/pdf")]
    [InlineData("docs/liste.csv", "text/csv")]
    [InlineData("docs/compte-rendu.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    public async Task Documents_have_their_registered_content_type(string path, string contentType)
    {
        await site.PutMediaAsync(path, MediaSamples.Pdf());
        using var response = await site.Server.CreateClient().GetAsync("/media/" + path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Html_and_svg_are_never_active_content()
    {
        // Such files can reach the store through an import; uploads refuse them.
        await site.PutMediaAsync("import/page.html", MediaSamples.Html());
        await site.PutMediaAsync("import/logo.svg", MediaSamples.Svg());
        using var http = site.Server.CreateClient();

        using var html = await http.GetAsync("/media/import/page.html");
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("attachment", html.Content.Headers.ContentDisposition!.DispositionType);
        Assert.StartsWith("sandbox", Assert.Single(html.Headers.GetValues("Content-Security-Policy")));

        using var svg = await http.GetAsync("/media/import/logo.svg");
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("sandbox", Assert.Single(svg.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("default-src 'none'", Assert.Single(svg.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task Script_types_are_not_served()
    {
        await site.PutMediaAsync("import/app.js", "alert(1)"u8.ToArray());
        using var response = await site.Server.CreateClient().GetAsync("/media/import/app.js");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/media/../cms.db", null)]
    [InlineData("/media/uploads/../../cms.db", null)]
    [InlineData("/media/uploads\\..\\..\\cms.db", null)]
    [InlineData("/media//etc/passwd", null)]
    [InlineData("/media/uploads/photo.png", "/media/%2e%2e/cms.db")]
    [InlineData("/media/uploads/photo.png", "/media/uploads%2f..%2f..%2fcms.db")]
    [InlineData("/media/uploads/photo.png", "/media/..%5ccms.db")]
    [InlineData("/media/uploads/photo.png", "/media/%252e%252e/cms.db")]
    public async Task Paths_that_could_leave_the_store_are_refused(string decodedPath, string? rawTarget)
    {
        await site.PutMediaAsync("uploads/photo.png", MediaSamples.Png());
        var context = await site.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = new PathString(decodedPath);
            if (rawTarget is not null) c.Features.Get<IHttpRequestFeature>()!.RawTarget = rawTarget;
        });
        Assert.True(context.Response.StatusCode is StatusCodes.Status400BadRequest or StatusCodes.Status404NotFound,
            $"{decodedPath} ({rawTarget}) answered {context.Response.StatusCode}");
        Assert.NotEqual("application/octet-stream", context.Response.ContentType);
    }

    [Theory]
    [InlineData("/media/..%2fcms.db")]
    [InlineData("/media/%2e%2e/cms.db")]
    [InlineData("/media/%2e%2e%2fcms.db")]
    [InlineData("/media/uploads/%2e%2e/%2e%2e/cms.db")]
    public async Task Encoded_dot_segments_from_a_client_never_reach_the_database(string url)
    {
        using var response = await site.Server.CreateClient().GetAsync(url);
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}");
        Assert.DoesNotContain("SQLite format", await response.Content.ReadAsStringAsync());
    }
}
