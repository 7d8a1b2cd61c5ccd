using System.Net;
using System.Text.Json.Nodes;
using Cms.Abstractions.Media;
using Cms.Abstractions.Recipes;
using Cms.Display.Liquid;
using Cms.Display.Rendering;
using Fluid;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using static Cms.ContentModules.Tests.Orchard.SiteRequests;

namespace Cms.ContentModules.Tests.Orchard;

/// <summary>
/// Orchard's MediaProfiles step and <c>resize_url</c>: a profile's image is made once at its size and format and served
/// for a year; a URL whose numbers were changed, an unknown profile or a missing file give the original image.
/// </summary>
[Collection(ContentModulesSiteCollection.Name)]
public sealed class MediaProfileTests(ContentModulesSite site)
{
    [Fact]
    public async Task A_profile_resizes_once_and_a_changed_url_gets_the_original()
    {
        var folder = $"profils-{Guid.NewGuid():N}";
        await SaveImageAsync($"{folder}/photo.png", 200, 100);
        await RunRecipeAsync(site.Site, new JsonObject
        {
            ["name"] = "MediaProfiles",
            ["MediaProfiles"] = new JsonObject
            {
                ["bandeau"] = new JsonObject { ["Hint"] = "Bandeau", ["Width"] = 64, ["Height"] = 32, ["Mode"] = 2, ["Format"] = 6, ["Quality"] = 80 },
            },
        });

        var url = await RenderAsync($"{{{{ '{folder}/photo.png' | asset_url | resize_url: profile: 'bandeau' }}}}");
        Assert.StartsWith($"/media/{folder}/photo.png?width=64&height=32&rmode=crop&format=webp&quality=80&v=", url);
        Assert.Contains("&token=", url);

        using var client = site.Client();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
        using (var resized = Image.Load(await response.Content.ReadAsByteArrayAsync())) Assert.Equal((64, 32), (resized.Width, resized.Height));
        var cache = Path.Combine(site.Site.DataDirectory, "cache", "media-resized");
        var made = Directory.GetFiles(cache).Length;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        Assert.Equal(made, Directory.GetFiles(cache).Length);

        // A visitor's own size is not made: the original is served.
        var forged = await client.GetAsync(url.Replace("width=64", "width=65", StringComparison.Ordinal));
        Assert.Equal("image/png", forged.Content.Headers.ContentType?.MediaType);
        using (var original = Image.Load(await forged.Content.ReadAsByteArrayAsync())) Assert.Equal(200, original.Width);
        Assert.Equal(made, Directory.GetFiles(cache).Length);

        // Orchard's width/height/mode arguments, an unknown profile, a missing file.
        var sized = await RenderAsync($"{{{{ '/media/{folder}/photo.png' | resize_url: width: 50, height: 50, mode: 'pad' }}}}");
        Assert.StartsWith($"/media/{folder}/photo.png?width=50&height=50&rmode=pad&v=", sized);
        using (var padded = Image.Load(await client.GetByteArrayAsync(sized))) Assert.Equal((50, 50), (padded.Width, padded.Height));
        // A profile with Orchard's arguments over it, as the Agency theme writes it.
        var stretched = await RenderAsync($"{{{{ '/media/{folder}/photo.png' | resize_url: profile: 'bandeau', mode: 'stretch' }}}}");
        Assert.StartsWith($"/media/{folder}/photo.png?width=64&height=32&rmode=stretch&format=webp&quality=80&v=", stretched);
        Assert.Equal($"/media/{folder}/photo.png", await RenderAsync($"{{{{ '/media/{folder}/photo.png' | resize_url: profile: 'inconnu' }}}}"));
        Assert.Equal($"/media/{folder}/absent.png", await RenderAsync($"{{{{ '/media/{folder}/absent.png' | resize_url: profile: 'bandeau' }}}}"));
    }

    [Fact]
    public async Task A_profile_with_an_unknown_mode_stops_the_step_naming_it()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => RunRecipeAsync(site.Site, new JsonObject
        {
            ["name"] = "MediaProfiles",
            ["MediaProfiles"] = new JsonObject { ["vignette"] = new JsonObject { ["Width"] = 100, ["Mode"] = 9 } },
        }));
        Assert.Contains("« vignette »", error.Message);
        Assert.Contains("« Mode »", error.Message);
    }

    private async Task SaveImageAsync(string path, int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(30, 90, 200));
        using var stream = new MemoryStream();
        await image.SaveAsPngAsync(stream);
        stream.Position = 0;
        using var scope = site.Site.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IMediaLibraryStore>().SaveAsync(path, stream);
    }

    private async Task<string> RenderAsync(string source)
    {
        using var scope = site.Site.Services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DisplayTemplateOptions>();
        Assert.True(options.Parser.TryParse(source, out var template, out var error), error);
        var context = new TemplateContext(options.Options);
        context.AmbientValues[LiquidServices.ServicesKey] = scope.ServiceProvider;
        return (await template.RenderAsync(context, NullEncoder.Default)).Trim();
    }
}
