using Cms.Abstractions.Content;
using Cms.ContentFields.Fields;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cms.Browser.Tests;

/// <summary>
/// An editor's day in the back office, in one walk (issue 19): create an event with a wrong end, see the error at the
/// top and fix it, autosave, leave and come back, preview at mobile width, share the preview with someone without
/// an account, publish past the accessibility checker, edit, read « Publié + brouillon en cours », compare with
/// human labels, restore after a confirmation, bulk-unpublish two events. axe-core runs on every back-office page
/// visited and no page may throw a JavaScript error.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class EditorDayTests(SiteFixture site) : PageChecks(site)
{
    private const string Password = "Navigateur-Test-2026!";
    private const string Title = "Atelier de l'éditrice";

    [SkippableFact]
    public async Task An_editor_walks_through_her_day()
    {
        var (page, _) = await OpenAsync("/admin/connexion");
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add($"{page.Url}: {error}");
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) => { dialogs.Add(dialog.Type); await dialog.AcceptAsync(); };

        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", Password);
        await page.ClickAsync("button[type=submit]:has-text('Se connecter')");
        await page.WaitForURLAsync("**/admin");
        await AssertAccessibleAsync(page, "editor-day-list");
        // Every « Nouveau » button says what it creates.
        Assert.Contains("Évènement", await page.InnerTextAsync("[data-testid='create-Event']"));

        // 1. A wrong end is refused, named by its label in the summary at the top, which gets the focus.
        await page.ClickAsync("[data-testid='create-Event']");
        await page.WaitForURLAsync("**/admin/contenus/nouveau/Event");
        await page.FillAsync("#f-TitlePart-Title", Title);
        await page.FillAsync("#f-Event-StartDate-Value", "2030-03-12T10:00");
        await page.FillAsync("#f-Event-EndDate-Value", "2030-03-12T09:00");
        await page.FillAsync("#f-MarkdownBodyPart-Markdown", "## Programme\n\nPour s'inscrire, [cliquez ici](https://www.numerique.gouv.fr/).");
        await page.ClickAsync("[data-testid='save']");
        await page.WaitForSelectorAsync("[data-testid='errors']");
        var summary = await page.InnerTextAsync("[data-testid='errors']");
        Assert.Contains("« Fin »", summary);
        Assert.DoesNotContain("Event.EndDate", summary);
        Assert.Equal("error-summary", await page.EvaluateAsync<string>("document.activeElement && document.activeElement.id"));
        await AssertAccessibleAsync(page, "editor-day-error");

        await page.FillAsync("#f-Event-EndDate-Value", "2030-03-12T12:00");
        await page.ClickAsync("[data-testid='save']");
        await page.WaitForSelectorAsync("[data-testid='flash']");
        var editUrl = page.Url;
        var id = editUrl.Split('/').Last();
        Assert.Equal("Brouillon jamais publié", (await page.TextContentAsync("[data-testid='item-status']"))!.Trim());
        // The checker beside the form has read the body: « cliquez ici » says nothing of where it leads.
        await page.WaitForSelectorAsync("[data-a11y-list] li");
        Assert.Contains("cliquez ici", await page.InnerTextAsync("[data-testid='a11y-checker']"));
        await AssertAccessibleAsync(page, "editor-day-edit");

        // 4. Leaving with unsaved changes asks first.
        await page.FillAsync("#f-Event-Venue-Text", "Ségur");
        await page.ClickAsync("a.fr-nav__link:has-text('Contenus')");
        await page.WaitForURLAsync("**/admin");
        Assert.Contains("beforeunload", dialogs);

        // Autosave: typed, left alone for a few seconds, saved without a click, as one slot of the history.
        await page.GotoAsync(editUrl);
        await page.FillAsync("#f-Event-Venue-Text", "Ségur, salle 1");
        await page.WaitForSelectorAsync("[data-autosave-status]:has-text('automatiquement')", new PageWaitForSelectorOptions { Timeout = 30_000 });
        var versionsAfterFirstAutosave = await VersionCountAsync(id);
        await page.FillAsync("#f-Event-Venue-Text", "Ségur, salle 2");
        await WaitForVenueAsync(id, "Ségur, salle 2");
        Assert.Equal(versionsAfterFirstAutosave, await VersionCountAsync(id));
        await page.GotoAsync(Site.BaseUrl + "/admin");
        await page.GotoAsync(editUrl);
        Assert.Equal("Ségur, salle 2", await page.InputValueAsync("#f-Event-Venue-Text"));

        // 7. The preview at mobile width, then a share link opened without an account, then revoked.
        await page.ClickAsync("[data-testid='preview']");
        await page.ClickAsync("[data-testid='width-mobile']");
        await page.WaitForURLAsync("**largeur=mobile");
        Assert.Equal("375", await page.GetAttributeAsync("[data-testid='preview-frame']", "width"));
        var frame = page.FrameLocator("[data-testid='preview-frame']");
        await frame.Locator("[data-testid='preview-banner']").WaitForAsync();
        Assert.Contains(Title, await frame.Locator("h1").First.InnerTextAsync());
        await AssertAccessibleAsync(page, "editor-day-preview-mobile");

        await page.GotoAsync(editUrl);
        await page.ClickAsync("[data-testid='share']");
        await page.ClickAsync("[data-testid='share-create']");
        var link = await page.InputValueAsync("[data-testid='share-link']");
        await AssertAccessibleAsync(page, "editor-day-share");
        var colleague = await Site.Browser!.NewContextAsync();
        var shared = await colleague.NewPageAsync();
        var sharedResponse = await shared.GotoAsync(link);
        Assert.Equal(200, sharedResponse!.Status);
        Assert.Contains(Title, await shared.InnerTextAsync("h1"));
        await page.ClickAsync("[data-testid='share-revoke']");
        await page.WaitForSelectorAsync("[data-testid='flash']");
        Assert.Equal(410, (await shared.GotoAsync(link))!.Status); // Gone: the page says the link was revoked
        await colleague.CloseAsync();

        // 6. Publishing shows the accessibility points first, without blocking.
        await page.GotoAsync(editUrl);
        await page.ClickAsync("[data-testid='publish']");
        await page.WaitForSelectorAsync("[data-a11y-before-publish]:not([hidden])");
        await page.ClickAsync("[data-a11y-publish-anyway]");
        await page.WaitForSelectorAsync("[data-testid='flash']");
        Assert.Equal("Publié", (await page.TextContentAsync("[data-testid='item-status']"))!.Trim());

        // 3. Edited after publication: the status says both.
        await page.FillAsync("#f-TitlePart-Title", Title + " (mise à jour)");
        await page.ClickAsync("[data-testid='save']");
        await page.WaitForSelectorAsync("[data-testid='flash']");
        Assert.Equal("Publié + brouillon en cours", (await page.TextContentAsync("[data-testid='item-status']"))!.Trim());

        // 5. The comparison names values as the form does.
        await page.ClickAsync("a:has-text('Historique')");
        await page.WaitForURLAsync("**/historique");
        Assert.True(await page.Locator("[data-testid='version-live']").CountAsync() == 1, "the history marks the published version");
        await AssertAccessibleAsync(page, "editor-day-history");
        await page.ClickAsync("[data-testid='compare']");
        await page.WaitForURLAsync("**/comparer**");
        var diff = await page.InnerTextAsync("[data-testid='diff']");
        Assert.Contains("Titre", diff);
        Assert.DoesNotContain("TitlePart", diff);
        Assert.Contains("version n°", await page.InnerTextAsync("[data-testid='compared-versions']"));
        await AssertAccessibleAsync(page, "editor-day-compare");

        // 2. Restoring asks first, and the public version stays online.
        await page.GoBackAsync();
        await page.Locator("[data-testid='restore']").Last.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid='restore-confirm']");
        await AssertAccessibleAsync(page, "editor-day-restore-confirm");
        await page.ClickAsync("[data-testid='restore-confirm-yes']");
        await page.WaitForSelectorAsync("[data-testid='flash']");
        Assert.Equal("Publié + brouillon en cours", (await page.TextContentAsync("[data-testid='item-status']"))!.Trim());

        // 8. Two events unpublished at once, after a confirmation, with a report.
        var other = await PublishedEventAsync("Deuxième atelier de l'éditrice");
        await page.GotoAsync(Site.BaseUrl + "/admin?type=Event&q=" + Uri.EscapeDataString("atelier de l'éditrice"));
        Assert.Equal(2, await page.Locator("[data-testid='content-list'] tbody tr").CountAsync());
        await page.CheckAsync($"#pick-{id}", new PageCheckOptions { Force = true });
        await page.CheckAsync($"#pick-{other}", new PageCheckOptions { Force = true });
        await page.SelectOptionAsync("[data-testid='bulk-action']", "depublier");
        await page.ClickAsync("[data-testid='bulk-apply']");
        await page.WaitForSelectorAsync("[data-testid='bulk-confirm']");
        await AssertAccessibleAsync(page, "editor-day-bulk-confirm");
        await page.ClickAsync("[data-testid='bulk-confirm-yes']");
        await page.WaitForSelectorAsync("[data-testid='bulk-report']");
        Assert.Contains("2 contenu(s) sur 2", await page.InnerTextAsync("[data-testid='bulk-report']"));
        Assert.Equal(2, await page.Locator("[data-testid='content-list'] [data-testid='item-status']:has-text('Dépublié')").CountAsync());
        await AssertAccessibleAsync(page, "editor-day-bulk-report");

        // The edit page as the README shows it.
        await page.GotoAsync(editUrl);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(SiteFixture.ScreenshotDirectory, "editor-edit-page.png"), FullPage = false });

        Assert.True(scriptErrors.Count == 0, "JavaScript errors:\n" + string.Join("\n", scriptErrors));
        await page.Context.CloseAsync();
    }

    private async Task<int> VersionCountAsync(string id)
    {
        using var scope = Site.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<IContentManager>().ListVersionsAsync(id)).Count;
    }

    /// <summary>Waits (bounded) until the latest stored version has the venue typed: the autosave reached the store.</summary>
    private async Task WaitForVenueAsync(string id, string venue)
    {
        for (var i = 0; i < 100; i++)
        {
            using var scope = Site.Services.CreateScope();
            var latest = await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest);
            if (latest?.GetField<TextField>("Event", "Venue")?.Text == venue) return;
            await Task.Delay(200);
        }
        Assert.Fail($"The autosave never stored the venue « {venue} ».");
    }

    private async Task<string> PublishedEventAsync(string title)
    {
        using var scope = Site.Services.CreateScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await manager.NewAsync("Event");
        item.Part("TitlePart")["Title"] = title;
        item.Part("AutoroutePart")["Path"] = "agenda/deuxieme-atelier-de-l-editrice";
        item.ApplyField("Event", "StartDate", new DateTimeField { Value = new DateTime(2030, 3, 13, 9, 0, 0, DateTimeKind.Utc) });
        return (await manager.CreateAsync(item, publish: true)).ContentItemId;
    }
}
