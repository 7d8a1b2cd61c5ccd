using System.Net;
using Cms.Abstractions.Content;
using Cms.Abstractions.Settings;
using Cms.ContentFields.Fields;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.OutputCaching.Tests;

/// <summary>
/// The caches under the output cache (published items by path and id, site settings: Cms.Display/Caching) never serve
/// stale content: every request here carries the sign-in cookie, so the output cache steps aside and the page is
/// rendered, from the cached items when nothing changed. Each test first renders the page twice (the second from the
/// caches), changes something through the content manager, then expects the change on the very next request.
/// </summary>
[Collection(CachedSiteCollection.Name)]
public class RenderCacheFreshnessTests(CachedSite site)
{
    private async Task<(HttpStatusCode Status, string Html)> RenderAsync(string path)
    {
        using var response = await site.GetAsync(path, h => h.Add("Cookie", "cms.auth=editeur"));
        Assert.False(CachedSite.FromCache(response), $"{path} with the sign-in cookie never comes from the output cache");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<string> RenderedTwiceAsync(string path)
    {
        await RenderAsync(path);
        var (status, html) = await RenderAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        return html;
    }

    /// <summary>A published copy of the seed event at its own path, pointing to <paramref name="linked"/> themes and partners.</summary>
    private Task<ContentItem> CreateEventAsync(string title, string slug, IReadOnlyList<ContentItem>? themes = null, IReadOnlyList<ContentItem>? partners = null,
        bool publish = true) =>
        site.ContentAsync(async c =>
        {
            var seed = await site.SeedEventAsync();
            var item = await c.NewAsync("Event");
            foreach (var (name, value) in seed.Content) item.Content[name] = value?.DeepClone();
            item.Apply(new TitlePart { Title = title });
            item.Apply(new AutoroutePart { Path = "agenda/" + slug });
            item.ApplyField("Event", "Themes", new ContentPickerField { ContentItemIds = themes?.Select(t => t.ContentItemId).ToArray() ?? [] });
            item.ApplyField("Event", "Partners", new ContentPickerField { ContentItemIds = partners?.Select(p => p.ContentItemId).ToArray() ?? [] });
            return await c.CreateAsync(item, publish);
        });

    private Task<ContentItem> CreatePartnerAsync(string title) => site.ContentAsync(async c =>
    {
        var item = await c.NewAsync("Partner");
        item.Apply(new TitlePart { Title = title });
        return await c.CreateAsync(item, true);
    });

    [Fact]
    public void The_published_items_cache_is_emptied_before_the_output_cache_evicts()
    {
        // Otherwise a page rendered between the two from the old cached item would be stored as a fresh page.
        using var scope = site.App.Services.CreateScope();
        var handlers = scope.ServiceProvider.GetServices<IContentHandler>().Select(h => h.GetType()).ToList();
        var items = handlers.IndexOf(typeof(Cms.Display.Caching.PublishedContentCacheHandler));
        var pages = handlers.IndexOf(typeof(Handlers.OutputCacheEvictionHandler));
        Assert.True(items >= 0 && pages >= 0, "both handlers are registered");
        Assert.True(items < pages, "the published items cache is emptied first");
    }

    [Fact]
    public async Task A_published_edit_of_an_event_shows_on_the_next_rendering()
    {
        var item = await CreateEventAsync("Rendu frais avant", "rendu-frais-edition");
        var path = CachedSite.PathOf(item);
        Assert.Contains("Rendu frais avant", await RenderedTwiceAsync(path));

        await site.RetitleAsync(item.ContentItemId, "Rendu frais apres");

        var (_, html) = await RenderAsync(path);
        Assert.Contains("Rendu frais apres", html);
        Assert.DoesNotContain("Rendu frais avant", html);
    }

    [Fact]
    public async Task A_renamed_theme_or_partner_shows_on_the_event_pages_that_link_to_it()
    {
        var theme = await site.CreateThemeAsync("Theme lie avant");
        var partner = await CreatePartnerAsync("Partenaire lie avant");
        var item = await CreateEventAsync("Evenement aux liens", "rendu-frais-liens", [theme], [partner]);
        var path = CachedSite.PathOf(item);
        var before = await RenderedTwiceAsync(path);
        Assert.Contains("Theme lie avant", before);
        Assert.Contains("Partenaire lie avant", before);
        Assert.Contains("Theme lie avant", await site.WarmAsync(path));

        await site.RetitleAsync(theme.ContentItemId, "Theme lie apres");
        await site.RetitleAsync(partner.ContentItemId, "Partenaire lie apres");

        var (_, rendered) = await RenderAsync(path);
        Assert.Contains("Theme lie apres", rendered);
        Assert.Contains("Partenaire lie apres", rendered);
        Assert.DoesNotContain("lie avant", rendered);
        var visitor = await site.BodyAsync(path);
        Assert.Contains("Theme lie apres", visitor);
        Assert.Contains("Partenaire lie apres", visitor);
    }

    [Fact]
    public async Task An_unpublished_theme_disappears_from_the_event_page()
    {
        var theme = await site.CreateThemeAsync("Theme bientot retire");
        var item = await CreateEventAsync("Evenement au theme retire", "rendu-frais-theme-retire", [theme]);
        var path = CachedSite.PathOf(item);
        Assert.Contains("Theme bientot retire", await RenderedTwiceAsync(path));

        await site.ContentAsync(async c => { await c.UnpublishAsync(theme.ContentItemId); return 0; });

        Assert.DoesNotContain("Theme bientot retire", (await RenderAsync(path)).Html);
    }

    [Fact]
    public async Task Unpublished_and_deleted_events_are_gone_on_the_next_rendering()
    {
        var unpublished = await CreateEventAsync("Evenement a depublier", "rendu-frais-depublie");
        var deleted = await CreateEventAsync("Evenement a effacer", "rendu-frais-efface");
        await RenderedTwiceAsync(CachedSite.PathOf(unpublished));
        await RenderedTwiceAsync(CachedSite.PathOf(deleted));

        await site.ContentAsync(async c => { await c.UnpublishAsync(unpublished.ContentItemId); return 0; });
        await site.ContentAsync(async c => { await c.DeleteAsync(deleted.ContentItemId); return 0; });

        Assert.Equal(HttpStatusCode.NotFound, (await RenderAsync(CachedSite.PathOf(unpublished))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await RenderAsync(CachedSite.PathOf(deleted))).Status);
    }

    [Fact]
    public async Task An_imported_version_shows_on_the_next_rendering()
    {
        var item = await CreateEventAsync("Evenement avant import", "rendu-frais-import");
        var path = CachedSite.PathOf(item);
        await RenderedTwiceAsync(path);

        var imported = ContentItem.FromJson(item.ToJson().DeepClone().AsObject());
        imported.Apply(new TitlePart { Title = "Evenement apres import" });
        imported.DisplayText = "Evenement apres import";
        await site.ContentAsync(c => c.ImportAsync([imported]));

        var (_, html) = await RenderAsync(path);
        Assert.Contains("Evenement apres import", html);
        Assert.DoesNotContain("Evenement avant import", html);
    }

    [Fact]
    public async Task A_path_that_was_not_found_shows_the_item_published_there_later()
    {
        var path = "/agenda/rendu-frais-publie-plus-tard";
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.NotFound, (await RenderAsync(path)).Status);

        await CreateEventAsync("Evenement publie plus tard", "rendu-frais-publie-plus-tard");

        var (status, html) = await RenderAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Evenement publie plus tard", html);
    }

    [Fact]
    public async Task A_draft_never_reaches_visitors_nor_the_caches()
    {
        var item = await CreateEventAsync("Version publiee", "rendu-frais-brouillon");
        var path = CachedSite.PathOf(item);
        await RenderedTwiceAsync(path);
        await site.WarmAsync(path);

        await site.ContentAsync(async c =>
        {
            var draft = (await c.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
            draft.Apply(new TitlePart { Title = "Brouillon secret" });
            return await c.SaveDraftAsync(draft);
        });
        var hidden = await CreateEventAsync("Evenement jamais publie", "rendu-frais-jamais-publie", publish: false);

        for (var i = 0; i < 2; i++)
        {
            var (_, rendered) = await RenderAsync(path);
            Assert.Contains("Version publiee", rendered);
            Assert.DoesNotContain("Brouillon secret", rendered);
            Assert.DoesNotContain("Brouillon secret", await site.BodyAsync(path));
            Assert.Equal(HttpStatusCode.NotFound, (await RenderAsync(CachedSite.PathOf(hidden))).Status);
        }
    }

    [Fact]
    public async Task Saved_site_settings_show_on_the_next_rendering()
    {
        var path = CachedSite.PathOf(await site.SeedEventAsync());
        await RenderedTwiceAsync(path);
        SiteSettings original;
        using (var scope = site.App.Services.CreateScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ISiteSettingsStore>();
            original = await store.GetAsync();
            var changed = await store.GetAsync();
            changed.SiteName = "Site au nom tout neuf";
            await store.SaveAsync(changed);
        }
        try
        {
            Assert.Contains("Site au nom tout neuf", (await RenderAsync(path)).Html);
        }
        finally
        {
            using var scope = site.App.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ISiteSettingsStore>().SaveAsync(original);
        }
        Assert.DoesNotContain("Site au nom tout neuf", (await RenderAsync(path)).Html);
    }
}
