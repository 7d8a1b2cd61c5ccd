using System.Net;
using System.Security.Claims;
using Cms.ContentModules.Tests.Html;
using Cms.Abstractions.Recipes;
using Cms.Admin.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentModules.Tests.Roles;

/// <summary>Orchard's <c>Roles</c> recipe step: Identity roles with their permissions, Orchard names mapped, the rest warned about.</summary>
[Collection(ContentModulesSiteCollection.Name)]
public sealed class RolesStepTests(ContentModulesSite fixture)
{
    private async Task<RecipeReport> RunAsync(string roles, bool dryRun = false)
    {
        var path = Path.Combine(Path.GetTempPath(), $"roles-{Guid.NewGuid():N}.recipe.json");
        await File.WriteAllTextAsync(path, $$"""{ "name": "roles-test", "steps": [ { "name": "Roles", "Roles": {{roles}} } ] }""");
        try
        {
            using var scope = fixture.Site.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteFileAsync(path, dryRun, TextWriter.Null, RecipeOrigin.Local);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<(IdentityRole? Role, IList<Claim> Claims)> RoleAsync(string name)
    {
        using var scope = fixture.Site.Services.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var role = await roles.FindByNameAsync(name);
        return (role, role is null ? [] : await roles.GetClaimsAsync(role));
    }

    [Fact]
    public async Task A_role_is_created_with_its_orchard_permissions_mapped_and_unknown_ones_warned_about()
    {
        var name = "Moderateur" + Guid.NewGuid().ToString("N")[..6];
        var report = await RunAsync($$"""
            [ { "Name": "{{name}}", "Description": "Modère les billets",
                "Permissions": [ "AccessAdminPanel", "PublishContent", "EditContent_BlogPost", "ManageMediaContent", "ManageWorkflows", "ViewContentTypes" ] } ]
            """);

        var (role, claims) = await RoleAsync(name);
        Assert.NotNull(role);
        Assert.Equal(["AccessAdminPanel", "PublishContent", "EditContent_BlogPost", "ManageMedia"],
            claims.Where(c => c.Type == RolePermissions.ClaimType).Select(c => c.Value));
        Assert.Contains(claims, c => c.Type == RolePermissions.DescriptionClaimType && c.Value == "Modère les billets");
        var warning = Assert.Single(report.Warnings);
        Assert.Contains(name, warning);
        Assert.Contains("ManageWorkflows", warning);
        Assert.Contains("ViewContentTypes", warning);

        var permissions = fixture.Site.Services.GetRequiredService<RolePermissions>();
        Assert.True(permissions.Grants([name], "PublishContent"));
        Assert.True(permissions.Grants([name], "EditContent_BlogPost"));
        Assert.False(permissions.Grants([name], "DeleteContent"));
    }

    [Fact]
    public async Task Running_the_step_again_replaces_the_role_permissions_and_a_dry_run_writes_nothing()
    {
        var name = "Relecteur" + Guid.NewGuid().ToString("N")[..6];
        await RunAsync($$"""[ { "Name": "{{name}}", "Permissions": [ "ViewContent", "EditContent" ] } ]""");
        await RunAsync($$"""[ { "Name": "{{name}}", "Permissions": [ "ViewContent" ] } ]""");
        var dry = "Essai" + Guid.NewGuid().ToString("N")[..6];
        var report = await RunAsync($$"""[ { "Name": "{{dry}}", "Permissions": [ "ViewContent", "Inconnue" ] } ]""", dryRun: true);

        Assert.Equal(["ViewContent"], (await RoleAsync(name)).Claims.Where(c => c.Type == RolePermissions.ClaimType).Select(c => c.Value));
        Assert.False(fixture.Site.Services.GetRequiredService<RolePermissions>().Grants([name], "EditContent"));
        Assert.Null((await RoleAsync(dry)).Role);
        Assert.Contains(report.Warnings, w => w.Contains("Inconnue", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_users_page_offers_a_role_created_by_a_recipe_and_gives_it_to_a_new_account()
    {
        var name = "Correcteur" + Guid.NewGuid().ToString("N")[..6];
        await RunAsync($$"""[ { "Name": "{{name}}", "Description": "Relit les billets", "Permissions": [ "AccessAdminPanel", "ViewContent" ] } ]""");
        var admin = await AdminSession.SignInAsync(fixture);
        var page = await admin.Http.GetStringAsync("/admin/utilisateurs");
        Assert.Contains($"value=\"{name}\"", page);
        Assert.Contains("Relit les billets", WebUtility.HtmlDecode(page));

        var user = "relecteur-" + Guid.NewGuid().ToString("N")[..6];
        using (var created = await admin.PostAsync("/admin/utilisateurs", page,
            [("NewUserName", user), ("NewPassword", "Relecture-Billets-2026!"), ("NewRoles", name)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }
        using var scope = fixture.Site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Cms.Data.Identity.CmsUser>>();
        Assert.Equal([name], await users.GetRolesAsync((await users.FindByNameAsync(user))!));
    }

    [Fact]
    public async Task A_role_without_a_name_stops_the_step_naming_it()
    {
        var report = await Record.ExceptionAsync(() => RunAsync("""[ { "Permissions": [ "ViewContent" ] } ]"""));
        Assert.NotNull(report);
        Assert.Contains("Roles[0].Name", report!.Message);
    }
}
