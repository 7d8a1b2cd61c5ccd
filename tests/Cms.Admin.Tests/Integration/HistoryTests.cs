using System.Net;
using Cms.Admin.Tests.Support;

namespace Cms.Admin.Tests.Integration;

public class HistoryTests(AdminSite site) : IClassFixture<AdminSite>
{
    [Fact]
    public async Task Versions_are_listed_with_who_and_when_compared_and_restored_as_a_new_draft()
    {
        using var editor = await site.ClientAsync("editor");
        var id = await editor.CreateAsync("Event", "publish", ("TitlePart.Title", "Première version"), ("MarkdownBodyPart.Markdown", "Programme :\n- accueil\n- ateliers"));
        using (var second = await editor.SubmitAsync(id, await editor.OpenAsync(id), "save",
                   ("TitlePart.Title", "Seconde version"), ("MarkdownBodyPart.Markdown", "Programme :\n- accueil\n- conférences")))
            Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var (status, history) = await editor.GetPageAsync($"/admin/contenus/{id}/historique");
        Assert.Equal(HttpStatusCode.OK, status);
        var versions = await site.ContentAsync((c, _) => c.ListVersionsAsync(id));
        Assert.Equal(2, versions.Count);
        foreach (var v in versions)
        {
            Assert.Contains($"data-version=\"{v.ContentItemVersionId}\"", history);
        }
        Assert.Contains("editor", history);
        Assert.Contains(Cms.Abstractions.Time.SiteClock.Default.Format(versions[0].ModifiedUtc!.Value), history);

        var (_, diff) = await editor.GetPageAsync($"/admin/contenus/{id}/comparer?de={versions[0].ContentItemVersionId}&a={versions[1].ContentItemVersionId}");
        Assert.Contains("<span class=\"fr-sr-only\">Retiré : </span>− Première version</del>", diff);
        Assert.Contains("<span class=\"fr-sr-only\">Ajouté : </span>+ Seconde version</ins>", diff);
        Assert.Contains("− - ateliers", diff);
        Assert.Contains("+ - conférences", diff);

        using (var restore = await editor.PostAsync($"/admin/contenus/{id}/historique?handler=Restore", history, ("versionId", versions[0].ContentItemVersionId), ("confirm", "oui")))
            Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        var latest = await site.LatestAsync(id);
        Assert.Equal("Première version", latest!.DisplayText);
        Assert.False(latest.Published);
        Assert.Equal(3, (await site.ContentAsync((c, _) => c.ListVersionsAsync(id))).Count);
        Assert.Equal("Première version", (await site.PublishedAsync(id))!.DisplayText);

        // The audit trail shows who did what, filterable by item and action.
        var (_, audit) = await editor.GetPageAsync($"/admin/journal?contenu={id}");
        Assert.Contains("Restauration", audit);
        Assert.Contains("Publication", audit);
        Assert.Contains("editor", audit);
        var (_, onlyRestores) = await editor.GetPageAsync($"/admin/journal?contenu={id}&action=Restored");
        Assert.DoesNotContain("data-kind=\"Published\"", onlyRestores);
        Assert.Contains("data-kind=\"Restored\"", onlyRestores);
    }
}
