using System.Net;
using Cms.Admin.Tests.Support;

namespace Cms.Admin.Tests.Media;

/// <summary>The site with small limits: 4 ko per file, 16 ko per request.</summary>
public sealed class SmallUploadSite : IAsyncLifetime
{
    public AdminSite Site { get; } = new() { ExtraArgs = ["--Cms:Media:MaxFileSize=4096", "--Cms:Media:MaxRequestSize=16384"] };

    public Task InitializeAsync() => Site.InitializeAsync();

    public Task DisposeAsync() => Site.DisposeAsync();
}

/// <summary>Oversized uploads: refused with a clear message (413), nothing written.</summary>
public class MediaUploadLimitTests(SmallUploadSite fixture) : IClassFixture<SmallUploadSite>
{
    private AdminSite Site => fixture.Site;

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_a_clear_message_and_nothing_is_written()
    {
        using var editor = await Site.ClientAsync("editor");
        var before = await Site.AllMediaAsync();
        using var response = await editor.UploadAsync(Site.Server, "", json: false, ("gros.pdf", [.. MediaSamples.Pdf(), .. new byte[8000]]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = WebUtility.HtmlDecode((await editor.GetPageAsync(response.Headers.Location!.OriginalString)).Html);
        Assert.Contains("data-testid=\"media-errors\"", html);
        Assert.Contains("taille maximale : 4 ko par fichier", html);
        Assert.Contains("Rien n'a été enregistré", html);
        Assert.Equal(before, await Site.AllMediaAsync());
    }

    [Fact]
    public async Task A_script_gets_413_for_a_file_over_the_limit()
    {
        using var editor = await Site.ClientAsync("editor");
        var before = await Site.AllMediaAsync();
        using var response = await editor.UploadAsync(Site.Server, "", json: true, ("gros.png", [.. MediaSamples.Png(), .. new byte[8000]]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("4 ko par fichier", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await Site.AllMediaAsync());
    }

    [Fact]
    public async Task A_request_over_the_limit_is_refused_before_being_read()
    {
        using var editor = await Site.ClientAsync("editor");
        var before = await Site.AllMediaAsync();
        var files = Enumerable.Range(1, 6).Select(i => ($"note-{i}.txt", System.Text.Encoding.UTF8.GetBytes(new string('a', 3000)))).ToArray();
        using var response = await editor.UploadAsync(Site.Server, "", json: true, files);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("16 ko par envoi", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await Site.AllMediaAsync());
    }

    [Fact]
    public async Task A_file_within_the_limit_goes_in()
    {
        using var editor = await Site.ClientAsync("editor");
        var path = await editor.UploadOneAsync(Site.Server, "", "petit.png", MediaSamples.Png());
        Assert.True(await Site.MediaExistsAsync(path));
        await Site.WithServicesAsync(async sp =>
        {
            await ((Cms.Abstractions.Media.IMediaStore)sp.GetService(typeof(Cms.Abstractions.Media.IMediaStore))!).DeleteAsync(path);
            return true;
        });
    }
}
