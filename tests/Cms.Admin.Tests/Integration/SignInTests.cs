using System.Net;
using Cms.Admin.Tests.Support;
using Cms.Data.Identity;
using Cms.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin.Tests.Integration;

public class SignInTests(AdminSite site) : IClassFixture<AdminSite>
{
    [Fact]
    public async Task The_configured_administrator_signs_in_with_a_secure_http_only_cookie()
    {
        using var client = new AdminClient(site.Server);
        using var response = await client.SignInAsync("admin", AdminSite.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(client.Cookies.SetCookieHeaders, h => h.StartsWith("cms.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var (status, html) = await client.GetPageAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Utilisateurs", html);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_french_and_repeated_failures_lock_the_account()
    {
        await site.CreateUserAsync("locked", CmsRoles.Editor);
        using var client = new AdminClient(site.Server);
        for (var i = 0; i < 4; i++)
        {
            using var failed = await client.SignInAsync("locked", "Mauvais-Passw0rd!");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Contains("Identifiant ou mot de passe incorrect", await failed.Content.ReadAsStringAsync());
        }
        using var fifth = await client.SignInAsync("locked", "Mauvais-Passw0rd!");
        Assert.Contains("Identifiant ou mot de passe incorrect", await fifth.Content.ReadAsStringAsync());
        // Even the right password is refused while locked, with the same words (no hint that the account exists).
        using var right = await client.SignInAsync("locked", AdminSite.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Identifiant ou mot de passe incorrect", await right.Content.ReadAsStringAsync());
        Assert.False(client.Cookies.Has("cms.auth"));
        using var scope = site.App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByNameAsync("locked"))!));
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_and_disabling_ends_open_sessions()
    {
        await site.CreateUserAsync("disabled", CmsRoles.Editor, disabled: true);
        using var refused = new AdminClient(site.Server);
        using var response = await refused.SignInAsync("disabled", AdminSite.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Identifiant ou mot de passe incorrect", await response.Content.ReadAsStringAsync());
        Assert.False(refused.Cookies.Has("cms.auth"));

        var user = await site.CreateUserAsync("soon-disabled", CmsRoles.Editor);
        using var session = await site.ClientAsync("soon-disabled");
        Assert.Equal(HttpStatusCode.OK, (await session.GetPageAsync("/admin")).Status);
        using var admin = await site.ClientAsync("admin");
        using var disable = await admin.PostFromPageAsync($"/admin/utilisateurs/{user.Id}", $"/admin/utilisateurs/{user.Id}?handler=Disable", ("disabled", "true"));
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);

        using var after = await session.GetAsync("/admin");
        Assert.True(EditorSteps.IsLoginRedirect(after));
    }

    [Fact]
    public async Task Sign_in_and_sign_out_need_the_antiforgery_token_and_sign_out_ends_the_session()
    {
        using var client = new AdminClient(site.Server);
        using var noToken = await client.PostAsync("/admin/connexion", null, ("UserName", "admin"), ("Password", AdminSite.Password));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);

        using var session = await site.ClientAsync("editor");
        using var logoutWithoutToken = await session.PostAsync("/admin/deconnexion", null);
        Assert.Equal(HttpStatusCode.BadRequest, logoutWithoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetPageAsync("/admin")).Status);

        var (_, page) = await session.GetPageAsync("/admin");
        using var logout = await session.PostAsync("/admin/deconnexion", page);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        using var after = await session.GetAsync("/admin");
        Assert.True(EditorSteps.IsLoginRedirect(after));
    }

    [Fact]
    public async Task The_return_url_only_leads_inside_the_back_office()
    {
        using var client = new AdminClient(site.Server);
        var (_, html) = await client.GetPageAsync("/admin/connexion?ReturnUrl=https://evil.example/");
        using var response = await client.PostAsync("/admin/connexion", html, ("UserName", "editor"), ("Password", AdminSite.Password), ("ReturnUrl", "https://evil.example/"));
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Without_a_configured_password_the_first_administrator_gets_a_generated_one_printed_once()
    {
        var directory = Path.Combine(Path.GetTempPath(), "cms-admin-gen-" + Guid.NewGuid().ToString("n"));
        try
        {
            var args = new[] { $"--Cms:DataDirectory={directory}", "--Cms:Admin:UserName=chef", $"--Cms:SetupRecipe={AdminSite.RepositoryFile("recipes/dinum.recipe.json")}" };
            var output = new StringWriter();
            await using (var app = CmsHost.Build(args))
            {
                await CmsHost.InitializeAsync(app.Services, output);
                var password = (await File.ReadAllTextAsync(Path.Combine(directory, Cms.Admin.Users.AdministratorStartupTask.PasswordFileName))).Trim();
                Assert.DoesNotContain(password, output.ToString());
                using var scope = app.Services.CreateScope();
                var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
                var chef = await users.FindByNameAsync("chef");
                Assert.NotNull(chef);
                Assert.True(await users.CheckPasswordAsync(chef, password));
                Assert.True(await users.IsInRoleAsync(chef, CmsRoles.Administrator));
            }
            var second = new StringWriter();
            await using (var app = CmsHost.Build(args))
            {
                await CmsHost.InitializeAsync(app.Services, second);
            }
            Assert.DoesNotContain("password", second.ToString());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }
}
