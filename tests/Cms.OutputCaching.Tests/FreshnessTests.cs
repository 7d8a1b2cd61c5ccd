using Cms.ContentFields.Fields;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;

namespace Cms.OutputCaching.Tests;

/// <summary>A change is visible on the very next request once the content manager's call has returned.</summary>
[Collection(CachedSiteCollection.Name)]
public class FreshnessTests(CachedSite site)
{
    [Fact]
    public async Task A_published_edit_replaces_the_cached_page_and_the_listing()
    {
        var theme = await site.CreateThemeAsync("Sobriete cache avant");
        var path = CachedSite.PathOf(theme);
        Assert.Contains("Sobriete cache avant", await site.WarmAsync(path));
        Assert.Contains("Sobriete cache avant", await site.WarmAsync("/thematiques"));

        await site.RetitleAsync(theme.ContentItemId, "Sobriete cache apres");

        using var page = await site.GetAsync(path);
        Assert.False(CachedSite.FromCache(page));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Sobriete cache apres", html);
        Assert.DoesNotContain("Sobriete cache avant", html);
        var listing = await site.BodyAsync("/thematiques");
        Assert.Contains("Sobriete cache apres", listing);
        Assert.DoesNotContain("Sobriete cache avant", listing);
    }

    [Fact]
    public async Task A_new_item_appears_at_once_in_a_cached_listing_of_its_type()
    {
        await site.WarmAsync("/thematiques");
        await site.CreateThemeAsync("Thematique toute neuve");
        Assert.Contains("Thematique toute neuve", await site.BodyAsync("/thematiques"));
    }

    [Fact]
    public async Task An_unpublished_item_is_gone_on_the_next_request()
    {
        var theme = await site.CreateThemeAsync("Thematique a retirer");
        var path = CachedSite.PathOf(theme);
        await site.WarmAsync(path);

        await site.ContentAsync(async c => { await c.UnpublishAsync(theme.ContentItemId); return 0; });

        using var response = await site.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Thematique a retirer", await site.BodyAsync("/thematiques"));
    }

    [Fact]
    public async Task A_deleted_item_is_gone_on_the_next_request()
    {
        var theme = await site.CreateThemeAsync("Thematique a supprimer");
        var path = CachedSite.PathOf(theme);
        await site.WarmAsync(path);

        await site.ContentAsync(async c => { await c.DeleteAsync(theme.ContentItemId); return 0; });

        using var response = await site.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_imported_version_is_shown_on_the_next_request()
    {
        var theme = await site.CreateThemeAsync("Thematique avant import");
        var path = CachedSite.PathOf(theme);
        await site.WarmAsync(path);

        var imported = ContentItem.FromJson(theme.ToJson().DeepClone().AsObject());
        imported.Apply(new TitlePart { Title = "Thematique apres import" });
        imported.DisplayText = "Thematique apres import";
        await site.ContentAsync(c => c.ImportAsync([imported]));

        var html = await site.BodyAsync(path);
        Assert.Contains("Thematique apres import", html);
        Assert.DoesNotContain("Thematique avant import", html);
    }

    [Fact]
    public async Task The_seed_event_page_changes_when_a_theme_it_shows_is_renamed()
    {
        var seed = await site.SeedEventAsync();
        var path = CachedSite.PathOf(seed);
        await site.WarmAsync(path);
        var themeId = seed.GetField<ContentPickerField>("Event", "Themes")!.ContentItemIds[0];

        await site.RetitleAsync(themeId, "Thematique renommee pour le cache");

        Assert.Contains("Thematique renommee pour le cache", await site.BodyAsync(path));
    }

    [Fact]
    public async Task Saved_site_settings_replace_every_cached_page()
    {
        var path = CachedSite.PathOf(await site.SeedEventAsync());
        await site.WarmAsync(path);
        await site.WarmAsync("/agenda");
        Cms.Abstractions.Settings.SiteSettings original;
        using (var scope = site.App.Services.CreateScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<Cms.Abstractions.Settings.ISiteSettingsStore>();
            original = await store.GetAsync();
            var changed = await store.GetAsync();
            changed.SiteName = "Nom du site change";
            await store.SaveAsync(changed);
        }
        try
        {
            using var page = await site.GetAsync(path);
            Assert.False(CachedSite.FromCache(page));
            Assert.Contains("Nom du site change", await page.Content.ReadAsStringAsync());
            Assert.Contains("Nom du site change", await site.BodyAsync("/agenda"));
        }
        finally
        {
            using var scope = site.App.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<Cms.Abstractions.Settings.ISiteSettingsStore>().SaveAsync(original);
        }
        Assert.DoesNotContain("Nom du site change", await site.BodyAsync("/agenda"));
    }
}
