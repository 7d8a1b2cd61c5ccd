using System.Net;
using Cms.Abstractions.Content;
using Cms.Admin.Tests.Support;

namespace Cms.Admin.Tests.Integration;

/// <summary>Each role against each action, checked on the server whatever the form shows.</summary>
public class ContentPermissionTests(AdminSite site) : IClassFixture<AdminSite>
{
    [Theory]
    [InlineData("admin")]
    [InlineData("editor")]
    [InlineData("alice")]
    public async Task Every_role_can_create_a_draft_event_and_owns_it(string userName)
    {
        using var client = await site.ClientAsync(userName);
        var id = await client.CreateAsync("Event", "save", ("TitlePart.Title", $"Brouillon de {userName}"));

        var item = await site.LatestAsync(id);
        Assert.NotNull(item);
        Assert.False(item.Published);
        Assert.Equal(await site.UserIdAsync(userName), item.Owner);
        Assert.Equal(userName, item.Author);
    }

    [Fact]
    public async Task A_contributor_cannot_publish_unpublish_or_delete_even_their_own_items()
    {
        using var alice = await site.ClientAsync("alice");
        var id = await alice.CreateAsync("Event", "save", ("TitlePart.Title", "Atelier d'Alice"));

        var form = await alice.OpenAsync(id);
        Assert.DoesNotContain("data-testid=\"publish\"", form.Html);
        Assert.DoesNotContain("data-testid=\"delete\"", form.Html);
        using (var publish = await alice.SubmitAsync(id, form, "publish", ("TitlePart.Title", "Publié par Alice")))
            Assert.True(EditorSteps.IsForbidden(publish), $"{(int)publish.StatusCode}");
        using (var publishNew = await alice.SubmitNewAsync("Event", "publish", ("TitlePart.Title", "Nouveau publié par Alice")))
            Assert.True(EditorSteps.IsForbidden(publishNew));
        using (var deletePage = await alice.GetAsync($"/admin/contenus/{id}/supprimer"))
            Assert.True(EditorSteps.IsForbidden(deletePage));
        using (var delete = await alice.PostFromPageAsync($"/admin/contenus/{id}", $"/admin/contenus/{id}/supprimer"))
            Assert.True(EditorSteps.IsForbidden(delete));

        // The editor publishes it; the contributor still cannot unpublish it.
        using var editor = await site.ClientAsync("editor");
        using (var published = await editor.SubmitAsync(id, await editor.OpenAsync(id), "publish"))
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        using (var unpublish = await alice.PostFromPageAsync($"/admin/contenus/{id}", $"/admin/contenus/{id}?handler=Unpublish"))
            Assert.True(EditorSteps.IsForbidden(unpublish));

        var item = await site.LatestAsync(id);
        Assert.True(item!.Published);
        Assert.Equal("Atelier d'Alice", item.DisplayText);
        Assert.DoesNotContain(await site.ContentAsync((c, _) => c.ListVersionsAsync(id)), v => v.DisplayText == "Publié par Alice");
        var created = await site.ContentAsync((_, sp) => ((IContentQuery)sp.GetService(typeof(IContentQuery))!)
            .ListAsync(new ContentListQuery { Text = "Nouveau publié par Alice", Status = ContentStatus.Latest }));
        Assert.Equal(0, created.Total);
    }

    [Fact]
    public async Task Item12_discarding_a_never_published_draft_needs_the_delete_permission()
    {
        // The button is shown only after a publication, but the handler was reachable: for an item never published,
        // "discard the draft" leaves no version at all, a deletion by a contributor who may not delete.
        using var alice = await site.ClientAsync("alice");
        var id = await alice.CreateAsync("Event", "save", ("TitlePart.Title", "Brouillon qu'Alice ne peut pas supprimer"));
        using (var discard = await alice.PostFromPageAsync($"/admin/contenus/{id}", $"/admin/contenus/{id}?handler=Discard"))
            Assert.True(EditorSteps.IsForbidden(discard));
        Assert.Equal("Brouillon qu'Alice ne peut pas supprimer", (await site.LatestAsync(id))!.DisplayText);

        using var editor = await site.ClientAsync("editor");
        var other = await editor.CreateAsync("Event", "save", ("TitlePart.Title", "Brouillon abandonné par la rédaction"));
        using (var discard = await editor.PostFromPageAsync($"/admin/contenus/{other}", $"/admin/contenus/{other}?handler=Discard"))
            Assert.Equal(HttpStatusCode.Redirect, discard.StatusCode);
        Assert.Null(await site.LatestAsync(other));
    }

    [Fact]
    public async Task A_contributor_can_edit_their_own_draft_but_not_someone_elses_item()
    {
        using var alice = await site.ClientAsync("alice");
        using var bob = await site.ClientAsync("bob");
        var aliceItem = await alice.CreateAsync("Event", "save", ("TitlePart.Title", "Conférence d'Alice"));
        var editorItem = (await site.CreateItemAsync("Event", "Évènement de la rédaction", publish: true)).ContentItemId;

        using (var own = await alice.SubmitAsync(aliceItem, await alice.OpenAsync(aliceItem), "save", ("TitlePart.Title", "Conférence d'Alice, v2")))
            Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.Equal("Conférence d'Alice, v2", (await site.LatestAsync(aliceItem))!.DisplayText);

        foreach (var (client, id) in new[] { (bob, aliceItem), (alice, editorItem) })
        {
            using (var view = await client.GetAsync($"/admin/contenus/{id}")) Assert.True(EditorSteps.IsForbidden(view));
            using (var history = await client.GetAsync($"/admin/contenus/{id}/historique")) Assert.True(EditorSteps.IsForbidden(history));
            using (var preview = await client.GetAsync($"/admin/contenus/{id}/apercu")) Assert.True(EditorSteps.IsForbidden(preview));
            var latest = await site.LatestAsync(id);
            using var save = await client.PostFromPageAsync("/admin", $"/admin/contenus/{id}",
                ("VersionId", latest!.ContentItemVersionId), ("TitlePart.Present", "1"), ("TitlePart.Title", "Détourné"), ("command", "save"));
            Assert.True(EditorSteps.IsForbidden(save));
            Assert.NotEqual("Détourné", (await site.LatestAsync(id))!.DisplayText);
        }

        // The list shows a contributor their own items only.
        var (_, list) = await bob.GetPageAsync("/admin?type=Event");
        Assert.DoesNotContain("Conférence d'Alice", list);
        Assert.DoesNotContain("Évènement de la rédaction", list);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("editor")]
    public async Task Editors_and_administrators_publish_unpublish_and_delete_anyones_items(string userName)
    {
        using var alice = await site.ClientAsync("alice");
        var id = await alice.CreateAsync("Event", "save", ("TitlePart.Title", $"À publier par {userName}"), ("AutoroutePart.Path", $"agenda/a-publier-par-{userName}"));
        using var client = await site.ClientAsync(userName);

        using (var publish = await client.SubmitAsync(id, await client.OpenAsync(id), "publish"))
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.True((await site.LatestAsync(id))!.Published);

        using (var unpublish = await client.PostFromPageAsync($"/admin/contenus/{id}", $"/admin/contenus/{id}?handler=Unpublish"))
            Assert.Equal(HttpStatusCode.Redirect, unpublish.StatusCode);
        Assert.Null(await site.PublishedAsync(id));

        var (status, confirm) = await client.GetPageAsync($"/admin/contenus/{id}/supprimer");
        Assert.Equal(HttpStatusCode.OK, status);
        using (var delete = await client.PostAsync($"/admin/contenus/{id}/supprimer", confirm))
            Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.Null(await site.LatestAsync(id));
    }

    [Theory]
    [InlineData("admin", true, true)]
    [InlineData("editor", false, true)]
    [InlineData("alice", false, false)]
    public async Task Users_page_is_for_administrators_and_the_audit_trail_for_editors_too(string userName, bool users, bool audit)
    {
        using var client = await site.ClientAsync(userName);
        using var usersPage = await client.GetAsync("/admin/utilisateurs");
        Assert.Equal(users, usersPage.StatusCode == HttpStatusCode.OK);
        if (!users) Assert.True(EditorSteps.IsForbidden(usersPage));
        using var auditPage = await client.GetAsync("/admin/journal");
        Assert.Equal(audit, auditPage.StatusCode == HttpStatusCode.OK);
        if (!audit) Assert.True(EditorSteps.IsForbidden(auditPage));
        if (!users)
        {
            using var create = await client.PostFromPageAsync("/admin", "/admin/utilisateurs",
                ("NewUserName", $"intrus-{userName}"), ("NewPassword", "Intrus-Passw0rd!"), ("NewRoles", "Administrator"));
            Assert.True(EditorSteps.IsForbidden(create));
        }
    }

    [Fact]
    public async Task A_signed_in_save_without_a_valid_antiforgery_token_is_refused()
    {
        using var editor = await site.ClientAsync("editor");
        var item = await site.CreateItemAsync("Theme", "Thématique protégée", publish: true);
        var form = await editor.OpenAsync(item.ContentItemId);
        var fields = form.Fields.With(("TitlePart.Title", "Sans jeton"), ("command", "publish"))
            .Where(f => f.Item1 != "__RequestVerificationToken").ToArray();

        using var none = await editor.PostAsync($"/admin/contenus/{item.ContentItemId}", null, fields);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        using var forged = await editor.PostAsync($"/admin/contenus/{item.ContentItemId}", null, [.. fields, ("__RequestVerificationToken", "CfDJ8forged")]);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        // Another user's token does not work either.
        using var other = await site.ClientAsync("admin");
        var (_, otherPage) = await other.GetPageAsync("/admin");
        using var stolen = await editor.PostAsync($"/admin/contenus/{item.ContentItemId}", otherPage, fields);
        Assert.Equal(HttpStatusCode.BadRequest, stolen.StatusCode);

        Assert.Equal("Thématique protégée", (await site.LatestAsync(item.ContentItemId))!.DisplayText);
    }
}
