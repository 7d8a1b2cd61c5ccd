using System.Net;
using Cms.Abstractions.Scheduling;
using Cms.Admin.Media;
using Microsoft.Extensions.DependencyInjection;
using Cms.Admin.Tests.Support;

namespace Cms.Admin.Tests.Media;

/// <summary>Deleting a file: refused while an item uses it (field or Markdown link, latest, published or scheduled), with the list; allowed once unused.</summary>
public class MediaDeleteTests(AdminSite site) : IClassFixture<AdminSite>
{
    [Fact]
    public async Task A_file_used_by_an_event_cannot_be_deleted_and_the_event_is_listed_until_it_no_longer_uses_it()
    {
        using var editor = await site.ClientAsync("editor");
        var photo = await editor.UploadOneAsync(site.Server, "", "utilisee.jpg", MediaSamples.Jpeg());
        var id = await editor.CreateAsync("Event", "publish", ("TitlePart.Title", "Forum des usages"), ("AutoroutePart.Path", "agenda/forum-des-usages"),
            ("Event.Images.Paths", photo), ("Event.Images.MediaTexts", "Le forum"));

        var (status, page) = await editor.GetPageAsync(AdminRoutes.MediaDelete(photo));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-testid=\"media-in-use\"", page);
        Assert.Contains($"href=\"/admin/contenus/{id}\"", page);
        Assert.Contains("Forum des usages", page);
        Assert.DoesNotContain("confirm-media-delete", page);

        using (var refused = await editor.PostAsync(AdminRoutes.MediaDelete(photo), page, ("chemin", photo)))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains($"href=\"/admin/contenus/{id}\"", await refused.Content.ReadAsStringAsync());
        }
        Assert.True(await site.MediaExistsAsync(photo));

        // A draft without the image still leaves the published version using it.
        using (var draft = await editor.SubmitAsync(id, await editor.OpenAsync(id), "save", ("Event.Images.Paths", ""), ("Event.Images.MediaTexts", "")))
            Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.Contains("(version publiée)", WebUtility.HtmlDecode((await editor.GetPageAsync(AdminRoutes.MediaDelete(photo))).Html));

        using (var publish = await editor.SubmitAsync(id, await editor.OpenAsync(id), "publish"))
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        var (_, free) = await editor.GetPageAsync(AdminRoutes.MediaDelete(photo));
        Assert.Contains("confirm-media-delete", free);
        using (var deleted = await editor.PostAsync(AdminRoutes.MediaDelete(photo), free, ("chemin", photo)))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
            Assert.Equal(AdminRoutes.Media, deleted.Headers.Location!.OriginalString);
        }
        Assert.False(await site.MediaExistsAsync(photo));
        var audit = Assert.Single(await site.AuditAsync(MediaAudit.Deleted), e => e.DisplayText == photo);
        Assert.Equal("editor", audit.UserName);
    }

    [Fact]
    public async Task A_link_in_a_markdown_body_counts_as_a_use()
    {
        using var editor = await site.ClientAsync("editor");
        await editor.PostFromPageAsync("/admin/medias", "/admin/medias?handler=Folder", ("dossier", ""), ("nom", "documents"));
        var document = await editor.UploadOneAsync(site.Server, "documents", "programme complet.pdf", MediaSamples.Pdf());
        var theme = await editor.CreateAsync("Theme", "save", ("TitlePart.Title", "Thématique avec document"),
            ("MarkdownBodyPart.Markdown", $"Lire [le programme](/media/{document}) avant de venir."));

        var (_, page) = await editor.GetPageAsync(AdminRoutes.MediaDelete(document));
        Assert.Contains($"href=\"/admin/contenus/{theme}\"", page);
        Assert.Contains("(brouillon)", WebUtility.HtmlDecode(page));

        // A file whose name merely contains the other one's is not taken for it.
        var lookalike = await editor.UploadOneAsync(site.Server, "documents", "programme.pdf", MediaSamples.Pdf());
        var (_, other) = await editor.GetPageAsync(AdminRoutes.MediaDelete(lookalike));
        Assert.Contains("confirm-media-delete", other);
    }

    [Fact]
    public async Task Item12_a_file_used_only_by_a_version_scheduled_for_publication_cannot_be_deleted()
    {
        using var editor = await site.ClientAsync("editor");
        var photo = await editor.UploadOneAsync(site.Server, "", "programmee.jpg", MediaSamples.Jpeg());
        var id = await editor.CreateAsync("Event", "save", ("TitlePart.Title", "Lancement programmé"), ("Event.Images.Paths", photo), ("Event.Images.MediaTexts", "L'affiche"));
        var scheduledVersion = (await site.LatestAsync(id))!.ContentItemVersionId;
        await site.ContentAsync(async (_, services) =>
            await services.GetRequiredService<IPublishScheduler>().SchedulePublishAsync(id, scheduledVersion, DateTime.UtcNow.AddDays(2)));

        // The next save is a new version without the image; the scheduled one keeps it.
        using (var draft = await editor.SubmitAsync(id, await editor.OpenAsync(id), "save", ("Event.Images.Paths", ""), ("Event.Images.MediaTexts", "")))
            Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var latest = (await site.LatestAsync(id))!;
        Assert.NotEqual(scheduledVersion, latest.ContentItemVersionId);
        Assert.Contains(photo, (await site.ContentAsync((c, _) => c.GetVersionAsync(scheduledVersion)))!.Content.ToJsonString());
        Assert.DoesNotContain(photo, latest.Content.ToJsonString());

        var (_, page) = await editor.GetPageAsync(AdminRoutes.MediaDelete(photo));
        Assert.Contains($"href=\"/admin/contenus/{id}\"", page);
        Assert.Contains("version dont la publication est programmée", WebUtility.HtmlDecode(page));
        using (var refused = await editor.PostAsync(AdminRoutes.MediaDelete(photo), page, ("chemin", photo)))
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.True(await site.MediaExistsAsync(photo));
    }

    [Fact]
    public async Task An_unknown_or_outside_path_is_not_found()
    {
        using var editor = await site.ClientAsync("editor");
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetPageAsync(AdminRoutes.MediaDelete("nulle-part.jpg"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetPageAsync(AdminRoutes.MediaDelete("../cms.db"))).Status);
    }
}
