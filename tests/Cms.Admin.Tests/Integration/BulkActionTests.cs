using System.Net;
using Cms.Abstractions.Content;
using Cms.Admin.Tests.Support;

namespace Cms.Admin.Tests.Integration;

/// <summary>
/// Bulk actions of the content list: a confirmation that changes nothing, then a report item by item; a refused item
/// (permission, already in that state, gone) never stops the others.
/// </summary>
public sealed class BulkActionTests(AdminSite site) : IClassFixture<AdminSite>
{
    private static async Task<string> BulkAsync(AdminClient client, string action, bool confirm, params string[] ids)
    {
        (string, string)[] fields = [("action", action), .. ids.Select(id => ("ids", id)), .. confirm ? new[] { ("confirm", "oui") } : []];
        using var response = await client.PostFromPageAsync("/admin", "/admin?handler=Bulk", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Publishing_asks_first_then_reports_each_item_and_an_already_published_one_does_not_stop_the_others()
    {
        var first = await site.CreateItemAsync("Partner", "Groupé un", publish: false);
        var second = await site.CreateItemAsync("Partner", "Groupé deux", publish: false);
        var live = await site.CreateItemAsync("Partner", "Groupé déjà en ligne", publish: true);
        using var editor = await site.ClientAsync("editor");

        var confirmation = await BulkAsync(editor, "publier", confirm: false, first.ContentItemId, second.ContentItemId, live.ContentItemId);
        Assert.Contains("data-testid=\"bulk-confirm-yes\"", confirmation);
        Assert.Contains("Groupé deux", confirmation);
        Assert.Null(await site.PublishedAsync(first.ContentItemId));

        var report = await BulkAsync(editor, "publier", confirm: true, first.ContentItemId, second.ContentItemId, live.ContentItemId);
        Assert.Contains("Publier : 2 contenu(s) sur 3", report);
        Assert.Contains("« Groupé un » : fait.", report);
        Assert.Contains("« Groupé déjà en ligne » : déjà publié.", report);
        Assert.NotNull(await site.PublishedAsync(first.ContentItemId));
        Assert.NotNull(await site.PublishedAsync(second.ContentItemId));
    }

    [Fact]
    public async Task Unpublishing_reports_an_item_that_was_not_published_and_one_that_no_longer_exists()
    {
        var live = await site.CreateItemAsync("Partner", "Retiré en groupe", publish: true);
        var draft = await site.CreateItemAsync("Partner", "Jamais en ligne", publish: false);
        using var editor = await site.ClientAsync("editor");

        var report = await BulkAsync(editor, "depublier", confirm: true, live.ContentItemId, draft.ContentItemId, "inexistant");

        Assert.Contains("Dépublier : 1 contenu(s) sur 3", report);
        Assert.Contains("« Jamais en ligne » : n'était pas publié.", report);
        Assert.Contains("« inexistant » : ce contenu n'existe plus.", report);
        Assert.Null(await site.PublishedAsync(live.ContentItemId));
    }

    [Fact]
    public async Task A_contributor_cannot_delete_or_publish_in_bulk_and_nothing_changes()
    {
        using var alice = await site.ClientAsync("alice");
        var own = new { ContentItemId = await alice.CreateAsync("Partner", "save", ("TitlePart.Title", "Brouillon à garder")) };

        var deleted = await BulkAsync(alice, "supprimer", confirm: true, own.ContentItemId);
        var published = await BulkAsync(alice, "publier", confirm: true, own.ContentItemId);

        Assert.Contains("Supprimer : 0 contenu(s) sur 1", deleted);
        Assert.Contains("« Brouillon à garder » : vous n'avez pas le droit de le faire.", deleted);
        Assert.Contains("Publier : 0 contenu(s) sur 1", published);
        Assert.NotNull(await site.LatestAsync(own.ContentItemId));
        Assert.Null(await site.PublishedAsync(own.ContentItemId));
    }

    [Fact]
    public async Task Deleting_in_bulk_removes_the_items_from_the_list()
    {
        var one = await site.CreateItemAsync("Partner", "Supprimé groupé un", publish: true);
        var two = await site.CreateItemAsync("Partner", "Supprimé groupé deux", publish: false);
        using var editor = await site.ClientAsync("editor");

        var report = await BulkAsync(editor, "supprimer", confirm: true, one.ContentItemId, two.ContentItemId);

        Assert.Contains("Supprimer : 2 contenu(s) sur 2", report);
        Assert.Null(await site.LatestAsync(one.ContentItemId));
        Assert.Null(await site.LatestAsync(two.ContentItemId));
        var (_, list) = await editor.GetPageAsync("/admin?type=Partner&q=groupé");
        Assert.DoesNotContain("Supprimé groupé", WebUtility.HtmlDecode(list));
    }
}
