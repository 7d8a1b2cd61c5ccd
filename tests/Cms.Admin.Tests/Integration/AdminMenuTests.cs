using System.Net;
using System.Text.RegularExpressions;
using Cms.Admin.Tests.Support;

namespace Cms.Admin.Tests.Integration;

/// <summary>
/// The back office's navigation is made of the entries the core and the modules register (AddAdminMenuEntry), each
/// shown to the users holding its permission; a module's pages require the module's own permission (AddPermission).
/// </summary>
public partial class AdminMenuTests(AdminSite site) : IClassFixture<AdminSite>
{
    private static List<string> Entries(string html) =>
        [.. NavLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    private static List<string> Current(string html) =>
        [.. NavLink().Matches(html).Where(m => m.Value.Contains("aria-current")).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    [Fact]
    public async Task Each_role_sees_the_core_and_module_entries_it_may_open_in_their_order()
    {
        using var admin = await site.ClientAsync("admin");
        var (_, adminHtml) = await admin.GetPageAsync("/admin");
        Assert.Equal(["Contenus", "Menus", "Médiathèque", "Journal", "Import / export", "Redirections", "Modèles", "Requêtes", "Widgets", "Paramètres", "Utilisateurs"], Entries(adminHtml));
        Assert.Equal(["Contenus"], Current(adminHtml));
        var (_, menusHtml) = await admin.GetPageAsync("/admin?type=Menu");
        Assert.Equal(["Menus"], Current(menusHtml));

        using var editor = await site.ClientAsync("editor");
        var (_, editorHtml) = await editor.GetPageAsync("/admin/redirections");
        Assert.Contains("Redirections", Entries(editorHtml));
        Assert.DoesNotContain("Utilisateurs", Entries(editorHtml));
        Assert.DoesNotContain("Modèles", Entries(editorHtml));
        Assert.Equal(["Redirections"], Current(editorHtml));

        using var alice = await site.ClientAsync("alice");
        var (_, aliceHtml) = await alice.GetPageAsync("/admin");
        Assert.Equal(["Contenus", "Médiathèque"], Entries(aliceHtml));
    }

    [Fact]
    public async Task A_module_page_requires_the_module_permission()
    {
        using var alice = await site.ClientAsync("alice");
        using (var page = await alice.GetAsync("/admin/redirections")) Assert.True(EditorSteps.IsForbidden(page), $"{(int)page.StatusCode}");
        using var editor = await site.ClientAsync("editor");
        using (var page = await editor.GetAsync("/admin/redirections")) Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [GeneratedRegex("<a class=\"fr-nav__link\" href=\"[^\"]*\"[^>]*>([^<]+)</a>")]
    private static partial Regex NavLink();
}
