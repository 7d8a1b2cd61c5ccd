using System.Net;
using Cms.Admin.Tests.Support;

namespace Cms.Admin.Tests.Integration;

/// <summary>A visitor who is not signed in reaches nothing under /admin but the sign-in page.</summary>
public class AnonymousAccessTests(AdminSite site) : IClassFixture<AdminSite>
{
    private async Task<string[]> UrlsAsync()
    {
        var item = await site.CreateItemAsync("Theme", "Thématique d'essai", publish: true);
        var id = item.ContentItemId;
        var version = item.ContentItemVersionId;
        var adminId = await site.UserIdAsync("admin");
        return
        [
            "/admin", "/admin/", "/admin?type=Event&statut=jamais-publie", "/admin/contenus/nouveau/Event", "/admin/contenus/nouveau/Theme",
            $"/admin/contenus/{id}", $"/admin/contenus/{id}/historique", $"/admin/contenus/{id}/comparer?de={version}&a={version}",
            $"/admin/contenus/{id}/apercu", $"/admin/contenus/{id}/supprimer", "/admin/contenus/recherche?types=Theme&q=th",
            "/admin/apercu-markdown", "/admin/journal", "/admin/utilisateurs", $"/admin/utilisateurs/{adminId}",
            "/admin/deconnexion", "/admin/page-inexistante", "/ADMIN/contenus/nouveau/Event",
        ];
    }

    [Fact]
    public async Task Every_admin_url_redirects_to_the_sign_in_page()
    {
        using var client = await site.ClientAsync();
        foreach (var url in await UrlsAsync())
        {
            using var response = await client.GetAsync(url);
            Assert.True(EditorSteps.IsLoginRedirect(response), $"GET {url}: {(int)response.StatusCode} {response.Headers.Location}");
            Assert.Contains("ReturnUrl=", response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task Every_state_changing_request_is_refused_and_changes_nothing()
    {
        using var client = await site.ClientAsync();
        var item = await site.CreateItemAsync("Theme", "Ne pas toucher", publish: true);
        var id = item.ContentItemId;
        (string Url, (string, string)[] Fields)[] posts =
        [
            ($"/admin/contenus/{id}", [("VersionId", item.ContentItemVersionId), ("TitlePart.Present", "1"), ("TitlePart.Title", "Piraté"), ("command", "publish")]),
            ($"/admin/contenus/{id}?handler=Unpublish", []),
            ($"/admin/contenus/{id}/supprimer", []),
            ("/admin/contenus/nouveau/Theme", [("TitlePart.Present", "1"), ("TitlePart.Title", "Intrus"), ("command", "publish")]),
            ($"/admin/contenus/{id}/historique?handler=Restore", [("versionId", item.ContentItemVersionId)]),
            ("/admin/utilisateurs", [("NewUserName", "intrus"), ("NewPassword", "Intrus-Passw0rd!"), ("NewRoles", "Administrator")]),
            ("/admin/apercu-markdown", [("markdown", "**x**")]),
        ];
        foreach (var (url, fields) in posts)
        {
            // With a token from the sign-in page, and without any token.
            using var withToken = await client.PostFromPageAsync("/admin/connexion", url, fields);
            Assert.True(EditorSteps.IsLoginRedirect(withToken) || withToken.StatusCode == HttpStatusCode.BadRequest, $"POST {url}: {(int)withToken.StatusCode}");
            using var withoutToken = await client.PostAsync(url, null, fields);
            Assert.True(EditorSteps.IsLoginRedirect(withoutToken) || withoutToken.StatusCode == HttpStatusCode.BadRequest, $"POST {url}: {(int)withoutToken.StatusCode}");
        }
        var after = await site.LatestAsync(id);
        Assert.Equal("Ne pas toucher", after!.DisplayText);
        Assert.True(after.Published);
        Assert.Equal(item.ContentItemVersionId, after.ContentItemVersionId);
    }

    [Fact]
    public async Task The_sign_in_page_is_open_in_french_with_an_antiforgery_token()
    {
        using var client = await site.ClientAsync();
        var (status, html) = await client.GetPageAsync("/admin/connexion");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("lang=\"fr\"", html);
        Assert.Contains("Connexion à l'administration", html);
        Assert.NotEmpty(AdminClient.Token(html));
    }
}
