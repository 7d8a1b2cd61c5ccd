using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Cms.Abstractions.Media;
using Cms.Admin.Media;
using Cms.ContentManagement.Media;
using Cms.Media.S3;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Cms.Cluster.Tests;

/// <summary>
/// Media in an S3-compatible bucket (s3rver): the store's operations, <c>/media</c> streamed with its headers and
/// revalidation, a library upload and its thumbnail, deletion, and readiness while the store is down.
/// </summary>
public sealed class S3MediaTests(S3Fixture fixture) : IClassFixture<S3Fixture>
{
    private IMediaLibraryStore Store => fixture.Site.Services.GetRequiredService<IMediaLibraryStore>();

    [SkippableFact]
    public async Task The_store_writes_lists_describes_and_deletes_in_the_bucket()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        Assert.IsType<S3MediaStore>(Store);
        var folder = $"store-{Guid.NewGuid():N}";
        await Store.CreateFolderAsync(folder + "/vide");
        await Store.SaveAsync($"{folder}/photo été.txt", new MemoryStream("image"u8.ToArray()));
        Assert.False(await Store.TryCreateAsync($"{folder}/photo été.txt", new MemoryStream("autre"u8.ToArray())));
        Assert.False(await Store.TryCreateAsync($"{folder}/vide", new MemoryStream("x"u8.ToArray())));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveAsync($"{folder}/vide", new MemoryStream("x"u8.ToArray())));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveAsync($"{folder}/../échappé.txt", new MemoryStream("x"u8.ToArray())));

        var entries = await Store.ListAsync(folder);
        Assert.Equal([($"{folder}/vide", true), ($"{folder}/photo été.txt", false)], entries.Select(e => (e.Path, e.IsFolder)));
        Assert.Equal(5, entries[1].Length);
        Assert.Contains(await Store.ListAsync(), e => e.Path == folder && e.IsFolder);
        Assert.Empty(await Store.ListAsync($"{folder}/vide"));
        Assert.Equal(new MediaEntry($"{folder}/vide", true, 0, (await Store.GetEntryAsync($"{folder}/vide"))!.LastModifiedUtc), await Store.GetEntryAsync($"{folder}/vide"));
        Assert.Null(await Store.GetEntryAsync($"{folder}/absent.txt"));

        await using (var read = await Store.OpenReadAsync($"{folder}/photo été.txt"))
        {
            Assert.Equal("image", await new StreamReader(read!).ReadToEndAsync());
        }
        Assert.True(await Store.DeleteAsync($"{folder}/photo été.txt"));
        Assert.False(await Store.DeleteAsync($"{folder}/photo été.txt"));
        Assert.Null(await Store.OpenReadAsync($"{folder}/photo été.txt"));
        Assert.False(await Store.ExistsAsync($"{folder}/photo été.txt"));
    }

    [SkippableFact]
    public async Task Media_are_streamed_with_cache_headers_an_ETag_and_304_on_revalidation()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var bytes = Enumerable.Range(0, 70_000).Select(i => (byte)(i % 251)).ToArray();
        var path = $"serve/{Guid.NewGuid():N} doc.pdf";
        await Store.SaveAsync(path, new MemoryStream(bytes));
        using var client = new HttpClient { BaseAddress = new Uri(fixture.Site.BaseUrl) };

        using var response = await client.GetAsync(Store.PublicUrl(path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.Equal("public, max-age=86400", response.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        var etag = response.Headers.ETag!;

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, Store.PublicUrl(path));
        revalidation.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(revalidation);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, Store.PublicUrl(path)));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(bytes.Length, head.Content.Headers.ContentLength);

        // A replaced file gets a new ETag.
        await Store.SaveAsync(path, new MemoryStream(bytes[..1000]));
        using var replaced = await client.GetAsync(Store.PublicUrl(path));
        Assert.Equal(1000, (await replaced.Content.ReadAsByteArrayAsync()).Length);
        Assert.NotEqual(etag, replaced.Headers.ETag);
    }

    [SkippableFact]
    public async Task Active_content_is_sandboxed_and_unsafe_or_absent_paths_are_refused()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var svg = $"serve/{Guid.NewGuid():N}.svg";
        await Store.SaveAsync(svg, new MemoryStream("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray()));
        using var client = new HttpClient { BaseAddress = new Uri(fixture.Site.BaseUrl) };
        using var response = await client.GetAsync(Store.PublicUrl(svg));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MediaFileServing.ActiveContentPolicy, string.Join(",", response.Headers.GetValues("Content-Security-Policy")));

        await Store.SaveAsync("serve/script.js", new MemoryStream("alert(1)"u8.ToArray()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/media/serve/script.js")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/media/serve/absent.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/media/serve/..%5cx.pdf")).StatusCode);
    }

    [SkippableFact]
    public async Task A_library_upload_lands_in_the_bucket_gets_a_thumbnail_and_is_deleted()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var png = new MemoryStream();
        using (var image = new Image<Rgba32>(640, 480, new Rgba32(0, 0, 145)))
        {
            await image.SaveAsPngAsync(png);
        }
        png.Position = 0;
        var name = $"affiche-{Guid.NewGuid():N}.png";
        UploadOutcome outcome;
        using (var scope = fixture.Site.Services.CreateScope())
        {
            outcome = await scope.ServiceProvider.GetRequiredService<MediaUploader>().UploadAsync("", name, png, CancellationToken.None);
        }
        Assert.True(outcome.Accepted, outcome.Error);
        Assert.Equal(png.Length, (await Store.GetEntryAsync(outcome.Path!))!.Length);

        var thumbnail = await fixture.Site.Services.GetRequiredService<MediaThumbnails>().GetAsync(outcome.Path!, CancellationToken.None);
        Assert.NotNull(thumbnail);
        var info = await Image.IdentifyAsync(thumbnail);
        Assert.Equal((240, 180), (info.Width, info.Height));

        Assert.True(await Store.DeleteAsync(outcome.Path!));
        using var client = new HttpClient { BaseAddress = new Uri(fixture.Site.BaseUrl) };
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Store.PublicUrl(outcome.Path!))).StatusCode);
    }

    [SkippableFact]
    public async Task Readiness_fails_while_the_store_is_down_and_recovers()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        using var client = new HttpClient { BaseAddress = new Uri(fixture.Site.BaseUrl) };
        await AssertReadyAsync(client);
        await fixture.S3.StopAsync();
        try
        {
            using var down = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            using var report = JsonDocument.Parse(await down.Content.ReadAsStringAsync());
            var media = report.RootElement.GetProperty("checks").GetProperty("media");
            Assert.Equal("Unhealthy", media.GetProperty("status").GetString());
            Assert.Contains("cms-media", media.GetProperty("description").GetString());
            Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        }
        finally
        {
            await fixture.S3.RestartAsync();
        }
        await AssertReadyAsync(client);
    }

    private static async Task AssertReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
