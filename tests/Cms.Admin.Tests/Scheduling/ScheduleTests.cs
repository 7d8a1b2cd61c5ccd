using System.Net;
using Cms.Abstractions.Content;
using Cms.Admin.Tests.Support;

namespace Cms.Admin.Tests.Scheduling;

/// <summary>
/// Scheduling from the back office on the real program with a fake clock: the form reads Paris time, the list,
/// the edit page and the history show the task, and the public page (output-cached) changes at the time.
/// </summary>
public class ScheduleTests(ScheduledSite scheduled) : IClassFixture<ScheduledSite>
{
    private AdminSite Site => scheduled.Site;

    [Fact]
    public async Task A_draft_scheduled_at_a_paris_time_is_published_then_and_replaces_the_cached_public_page()
    {
        using var editor = await Site.ClientAsync("editor");
        var id = await editor.CreateAsync("Event", "publish", ("TitlePart.Title", "Forum ouvert, première annonce"));
        var path = "/" + (await Site.PublishedAsync(id))!.As<AutoroutePart>()!.Path;
        using (var saved = await editor.SubmitAsync(id, await editor.OpenAsync(id), "save", ("TitlePart.Title", "Forum ouvert, programme complet")))
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var draftVersion = (await Site.LatestAsync(id))!.ContentItemVersionId;
        var editUrl = $"/admin/contenus/{id}";
        var scheduleUrl = $"/admin/contenus/{id}/programmation";

        var (_, edit) = await editor.GetPageAsync(editUrl);
        Assert.Contains("data-testid=\"schedule\"", edit);
        Assert.Contains("Aucune publication ni dépublication programmée", edit);

        // 02:30 does not exist in Paris that night: the form says so and keeps the input.
        using (var gap = await editor.PostFromPageAsync(editUrl, scheduleUrl + "?handler=Publish", ("VersionId", draftVersion), ("PublishAt", "2027-03-28T02:30")))
        {
            Assert.Equal(HttpStatusCode.OK, gap.StatusCode);
            var html = WebUtility.HtmlDecode(await gap.Content.ReadAsStringAsync());
            Assert.Contains("n'existe pas en heure de Paris", html);
            Assert.Contains("value=\"2027-03-28T02:30\"", html);
        }
        using (var ok = await editor.PostFromPageAsync(editUrl, scheduleUrl + "?handler=Publish", ("VersionId", draftVersion), ("PublishAt", "2027-03-28T03:30")))
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        using (var early = await editor.PostFromPageAsync(editUrl, scheduleUrl + "?handler=Unpublish", ("UnpublishAt", "2027-03-28T03:00")))
        {
            Assert.Equal(HttpStatusCode.OK, early.StatusCode);
            Assert.Contains("La dépublication doit suivre la publication programmée le 28/03/2027 à 03:30", await early.Content.ReadAsStringAsync());
        }

        var (_, list) = await editor.GetPageAsync("/admin?type=Event");
        Assert.Contains("Programmé le 28/03/2027 à 03:30", list);
        (_, edit) = await editor.GetPageAsync(editUrl);
        Assert.Contains("Programmé le 28/03/2027 à 03:30", edit);

        using var visitor = await Site.ClientAsync();
        Assert.Contains("première annonce", (await visitor.GetPageAsync(path)).Html);
        using (var cached = await visitor.GetAsync(path))
        {
            Assert.NotNull(cached.Headers.Age);
            Assert.Contains("première annonce", await cached.Content.ReadAsStringAsync());
        }

        // 03:29 in Paris (01:29 UTC): not yet.
        await scheduled.MoveClockToAsync(new DateTime(2027, 3, 28, 1, 29, 0, DateTimeKind.Utc));
        Assert.Equal("Forum ouvert, première annonce", (await Site.PublishedAsync(id))!.DisplayText);
        // 03:30 in Paris: published, and the cached page is replaced at once.
        await scheduled.MoveClockToAsync(new DateTime(2027, 3, 28, 1, 30, 0, DateTimeKind.Utc));
        Assert.Equal("Forum ouvert, programme complet", (await Site.PublishedAsync(id))!.DisplayText);
        using var fresh = await visitor.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Null(fresh.Headers.Age);
        var page = await fresh.Content.ReadAsStringAsync();
        Assert.Contains("programme complet", page);
        Assert.DoesNotContain("première annonce", page);

        // The sign-in cookie has expired on the moved clock: sign in again to read the history and the audit trail.
        using var again = await Site.ClientAsync("editor");
        var (_, history) = await again.GetPageAsync($"/admin/contenus/{id}/historique");
        Assert.Contains("data-status=\"Done\"", history);
        Assert.Contains("28/03/2027 à 03:30", history);
        var (_, audit) = await again.GetPageAsync($"/admin/journal?contenu={id}");
        Assert.Contains("Publication programmée effectuée", audit);
        Assert.Contains("planificateur", audit);
    }

    [Fact]
    public async Task A_contributor_cannot_schedule_and_a_pending_schedule_can_be_cancelled()
    {
        using var alice = await Site.ClientAsync("alice");
        var id = await alice.CreateAsync("Event", "save", ("TitlePart.Title", "Atelier proposé par Alice"));
        var editUrl = $"/admin/contenus/{id}";
        var (_, edit) = await alice.GetPageAsync(editUrl);
        Assert.DoesNotContain("data-testid=\"schedule-publish\"", edit);
        using (var refused = await alice.PostFromPageAsync(editUrl, $"/admin/contenus/{id}/programmation?handler=Publish", ("PublishAt", "2027-04-01T10:00")))
            Assert.True(EditorSteps.IsForbidden(refused), $"Expected a refusal, got {(int)refused.StatusCode}");

        using var editor = await Site.ClientAsync("editor");
        using (var ok = await editor.PostFromPageAsync(editUrl, $"/admin/contenus/{id}/programmation?handler=Publish", ("PublishAt", "2027-04-01T10:00")))
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        (_, edit) = await editor.GetPageAsync(editUrl);
        Assert.Contains("Programmé le 01/04/2027 à 10:00", edit);
        using (var cancel = await editor.PostFromPageAsync(editUrl, $"/admin/contenus/{id}/programmation?handler=Cancel", ("action", "Publish")))
            Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        (_, edit) = await editor.GetPageAsync(editUrl);
        Assert.DoesNotContain("Programmé le 01/04/2027", edit);
        var (_, history) = await editor.GetPageAsync($"/admin/contenus/{id}/historique");
        Assert.Contains("data-status=\"Cancelled\"", history);
    }
}
