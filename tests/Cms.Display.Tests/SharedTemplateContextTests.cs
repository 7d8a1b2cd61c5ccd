using Cms.Abstractions.Display;
using Cms.Display.Rendering;
using Cms.Display.Themes;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Display.Tests;

/// <summary>The templates of a request share one Fluid context: nothing one template sets reaches the next.</summary>
public sealed class SharedTemplateContextTests
{
    private static async Task<string> RenderAsync(DisplayHarness harness, string source, PageMeta meta, object? model = null)
    {
        var store = harness.Scope.ServiceProvider.GetRequiredService<TemplateStore>();
        Assert.True(store.TryParse("NotFound", source, "test", out var template, out var error), error);
        harness.FluidRenderer.UsePreviewTemplate(template!);
        return (await harness.FluidRenderer.RenderTemplateAsync("NotFound", model, meta))!;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task What_a_template_sets_does_not_reach_the_next(bool shared)
    {
        using var harness = new DisplayHarness(configure: services =>
            services.AddSingleton(new SharedTemplateContextOptions { Enabled = shared }));
        var meta = new PageMeta { Title = "Titre" };
        const string writer = """{% assign Site = "remplacé" %}{% assign seen = "vu" %}{% capture held %}c{% endcapture %}{% increment n %}{% cycle "p", "q" %}{% ifchanged %}i{% endifchanged %}{{ Model }}""";
        const string reader = """[{{ Site.SiteName }}|{{ seen }}|{{ held }}|{{ Meta.Title }}|{{ Model }}]""";
        Assert.Equal("0pi1", await RenderAsync(harness, writer, meta, 1));
        Assert.Equal("[Numérique en Commun[s]|||Titre|2]", await RenderAsync(harness, reader, meta, 2));
        Assert.Equal("0pi3", await RenderAsync(harness, writer, meta, 3));
        Assert.Equal("[Numérique en Commun[s]|||Autre|]", await RenderAsync(harness, reader, new PageMeta { Title = "Autre" }));
        Assert.Equal("[Numérique en Commun[s]|||Titre|4]", await RenderAsync(harness, reader, meta, 4));
    }

    [Fact]
    public async Task A_template_that_fails_leaves_the_next_one_a_clean_context()
    {
        using var harness = new DisplayHarness();
        var meta = new PageMeta();
        // A kept block that could read more than its outside values is refused (it throws), here inside a loop's scope.
        await Assert.ThrowsAnyAsync<Exception>(() =>
            RenderAsync(harness, """{% for i in (1..2) %}{% assign inner = "dedans" %}{% kept %}{% include "Autre" %}{% endkept %}{% endfor %}""", meta));
        Assert.Equal("[]", await RenderAsync(harness, "[{{ inner }}]", meta));
    }
}
