using System.Security.Claims;
using Cms.Abstractions.Security;
using Cms.Admin.Security;
using Cms.Data.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin.Tests.Unit;

/// <summary>The role rules of the issue, checked through the authorization service the pages use.</summary>
public class PermissionTests
{
    private const string Me = "user-me";
    private const string Other = "user-other";

    private static ContentAuthorizer Authorizer(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? modules = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection();
        modules?.Invoke(services);
        services
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<RolePermissions>()
            .AddSingleton<IAuthorizationHandler, PermissionHandler>()
            .AddSingleton<IAuthorizationHandler, ContentPermissionHandler>()
            .AddScoped<ContentAuthorizer>();
        services.AddAuthorizationCore();
        return services.BuildServiceProvider().CreateScope().ServiceProvider.GetRequiredService<ContentAuthorizer>();
    }

    private static ClaimsPrincipal User(string? role) => role is null
        ? new ClaimsPrincipal(new ClaimsIdentity())
        : new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, Me), new Claim(ClaimTypes.Role, role)], "test"));

    public static TheoryData<string?, ContentAction, string?, bool> Matrix() => new()
    {
        // role, action, owner (null = new item), allowed
        { CmsRoles.Administrator, ContentAction.Edit, Other, true },
        { CmsRoles.Administrator, ContentAction.Publish, Other, true },
        { CmsRoles.Administrator, ContentAction.Delete, Other, true },
        { CmsRoles.Administrator, ContentAction.View, Other, true },
        { CmsRoles.Editor, ContentAction.Edit, null, true },
        { CmsRoles.Editor, ContentAction.Edit, Other, true },
        { CmsRoles.Editor, ContentAction.Publish, Other, true },
        { CmsRoles.Editor, ContentAction.Delete, Other, true },
        { CmsRoles.Editor, ContentAction.View, Other, true },
        { CmsRoles.Contributor, ContentAction.Edit, null, true },
        { CmsRoles.Contributor, ContentAction.Edit, Me, true },
        { CmsRoles.Contributor, ContentAction.View, Me, true },
        { CmsRoles.Contributor, ContentAction.Edit, Other, false },
        { CmsRoles.Contributor, ContentAction.View, Other, false },
        { CmsRoles.Contributor, ContentAction.Publish, Me, false },
        { CmsRoles.Contributor, ContentAction.Publish, null, false },
        { CmsRoles.Contributor, ContentAction.Delete, Me, false },
        { null, ContentAction.View, Other, false },
        { null, ContentAction.Edit, null, false },
        { null, ContentAction.Publish, Other, false },
        { null, ContentAction.Delete, Other, false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_may_do_what_the_issue_says_on_each_type(string? role, ContentAction action, string? owner, bool allowed)
    {
        var authorizer = Authorizer();
        foreach (var type in new[] { "Event", "Theme", "Partner" })
        {
            Assert.Equal(allowed, await authorizer.CanAsync(User(role), action, type, owner));
        }
    }

    [Theory]
    [InlineData(CmsRoles.Administrator, true, true)]
    [InlineData(CmsRoles.Editor, false, true)]
    [InlineData(CmsRoles.Contributor, false, false)]
    [InlineData(null, false, false)]
    public async Task Only_administrators_manage_users_and_contributors_do_not_read_the_audit_trail(string? role, bool users, bool audit)
    {
        var authorizer = Authorizer();
        Assert.Equal(users, await authorizer.HasAsync(User(role), Permissions.ManageUsers));
        Assert.Equal(audit, await authorizer.HasAsync(User(role), Permissions.ViewAuditTrail));
        Assert.Equal(role is not null, await authorizer.HasAsync(User(role), Permissions.AccessAdminPanel));
    }

    [Fact]
    public async Task Permissions_can_be_granted_per_content_type_in_configuration()
    {
        var authorizer = Authorizer(new()
        {
            ["Cms:Admin:Roles:Contributor:0"] = Permissions.AccessAdminPanel,
            ["Cms:Admin:Roles:Contributor:1"] = Permissions.ForType(Permissions.EditOwnContent, "Event"),
        });
        Assert.True(await authorizer.CanAsync(User(CmsRoles.Contributor), ContentAction.Edit, "Event", null));
        Assert.True(await authorizer.CanAsync(User(CmsRoles.Contributor), ContentAction.View, "Event", Me));
        Assert.False(await authorizer.CanAsync(User(CmsRoles.Contributor), ContentAction.Edit, "Theme", null));
    }

    [Fact]
    public async Task A_contributor_sees_only_their_own_items_and_an_editor_sees_all()
    {
        var authorizer = Authorizer();
        Assert.True(await authorizer.SeesOnlyOwnAsync(User(CmsRoles.Contributor), "Event"));
        Assert.False(await authorizer.SeesOnlyOwnAsync(User(CmsRoles.Editor), "Event"));
        Assert.False(await authorizer.SeesOnlyOwnAsync(User(CmsRoles.Editor), null));
    }

    [Fact]
    public async Task A_module_permission_is_the_administrators_and_its_default_roles_unless_configuration_says_otherwise()
    {
        void Module(IServiceCollection services) => services.AddPermission("ManageQuizzes", "Gérer les quiz", CmsRoles.Editor);

        var authorizer = Authorizer(modules: Module);
        Assert.True(await authorizer.HasAsync(User(CmsRoles.Administrator), "ManageQuizzes"));
        Assert.True(await authorizer.HasAsync(User(CmsRoles.Editor), "ManageQuizzes"));
        Assert.False(await authorizer.HasAsync(User(CmsRoles.Contributor), "ManageQuizzes"));
        Assert.False(await authorizer.HasAsync(User(null), "ManageQuizzes"));

        var configured = Authorizer(new() { ["Cms:Admin:Roles:Editor:0"] = Permissions.AccessAdminPanel }, Module);
        Assert.False(await authorizer.HasAsync(User(CmsRoles.Editor), "ManageUnknown"));
        Assert.False(await configured.HasAsync(User(CmsRoles.Editor), "ManageQuizzes"));
    }

    [Fact]
    public void The_same_permission_registered_by_two_modules_stops_the_start_naming_it()
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton<RolePermissions>()
            .AddPermission("ManageQuizzes", "Gérer les quiz")
            .AddPermission("managequizzes", "Gérer les quiz, encore");
        var error = Assert.Throws<InvalidOperationException>(() => services.BuildServiceProvider().GetRequiredService<RolePermissions>());
        Assert.Contains("managequizzes", error.Message);
    }

    [Fact]
    public void A_recipe_may_grant_a_module_permission_by_its_name()
    {
        var (granted, unknown) = OrchardPermissionNames.Map(["ManageQuizzes", "ManageMediaContent", "ManageWorkflows"], ["ManageQuizzes"]);
        Assert.Equal(["ManageQuizzes", Permissions.ManageMedia], granted);
        Assert.Equal(["ManageWorkflows"], unknown);
    }
}
