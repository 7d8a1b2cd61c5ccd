using Cms.Abstractions.Admin;
using Cms.Abstractions.Settings;
using Cms.Abstractions.Content;
using Cms.Abstractions.Modules;
using Cms.Admin.Editors;
using Cms.Admin.Editors.Parts;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Recipes;
using Cms.Admin.Media;
using Cms.Admin.Recipes;
using Cms.Admin.Security;
using Cms.Admin.Services;
using Cms.Admin.SignIn;
using Cms.Admin.Transfer;
using Cms.Admin.Users;
using Cms.Data;
using Cms.Data.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Cms.Admin;

/// <summary>
/// The back office under <c>/admin</c>: ASP.NET Core Identity on the CMS store (cookie sign-in, password policy,
/// lockout), the permissions of the three roles, antiforgery on every form, and the Razor Pages of this library.
/// </summary>
public sealed class AdminStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureAliases("Back office", "OrchardCore.Admin", "OrchardCore.Users", "OrchardCore.Roles", "OrchardCore.Settings", "OrchardCore.Media", "OrchardCore.ContentPreview", "OrchardCore.AuditTrail", "OrchardCore.Features", "TheAdmin");
        services.TryAddSingleton(TimeProvider.System);
        services.AddReservedPrefixes(AdminRoutes.Root.Trim('/'));
        // Cookies are Secure (sent over HTTPS only) unless configured otherwise, or by default in Development where
        // the site runs on http://localhost. Behind a TLS-terminating proxy, forward the scheme (X-Forwarded-Proto).
        var development = string.Equals(configuration["environment"], "Development", StringComparison.OrdinalIgnoreCase);
        var secureCookies = configuration.GetValue<bool?>("Cms:Admin:SecureCookies") ?? !development;
        services.AddSingleton(new AdminCookieSecurity(secureCookies));

        services.AddIdentity<CmsUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Cms:Admin:MaxFailedAccessAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Cms:Admin:LockoutMinutes", 15));
                options.User.RequireUniqueEmail = false;
                // A disabled user is "not confirmed" (DisabledUserConfirmation): sign-in is refused.
                options.SignIn.RequireConfirmedAccount = true;
            })
            .AddEntityFrameworkStores<CmsDbContext>()
            .AddErrorDescriber<FrenchIdentityErrorDescriber>();
        services.AddScoped<IUserConfirmation<CmsUser>, DisabledUserConfirmation>();
        // Every request re-checks the security stamp: disabling a user, changing roles or a password takes effect at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "cms.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.LoginPath = AdminRoutes.Login;
            options.LogoutPath = AdminRoutes.Logout;
            options.AccessDeniedPath = AdminRoutes.AccessDenied;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // The security stamp on every request, then the session's absolute lifetime (Cms:Admin:SignIn:SessionMaxHours).
            SessionLifetime.Configure(options.Events);
        });
        services.AddSignInProtection(SignInLimits.FromConfiguration(configuration));
        services.AddScoped<AccountAudit>();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "cms.antiforgery";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.HeaderName = "RequestVerificationToken";
            // Framing is decided by the security headers (nothing is framed but the preview page), not per form.
            options.SuppressXFrameOptionsHeader = true;
        });

        services.AddSingleton<RolePermissions>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<IAuthorizationHandler, ContentPermissionHandler>();
        services.AddScoped<ContentAuthorizer>();
        services.AddScoped<AssignableRoles>();
        services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicies.AccessAdmin, p => p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(Permissions.AccessAdminPanel)))
            .AddPolicy(AdminPolicies.ManageUsers, p => p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(Permissions.ManageUsers)))
            .AddPolicy(AdminPolicies.ViewAuditTrail, p => p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(Permissions.ViewAuditTrail)))
            .AddPolicy(AdminPolicies.ImportExport, p => p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(Permissions.ImportExport)));
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        // The core's own entries of the back office's navigation; modules add theirs (AddAdminMenuEntry).
        services.AddAdminMenuEntry(new AdminMenuEntry("Contenus", AdminRoutes.Root, Position: 10) { AlsoCurrentUnder = ["/admin/contenus"] });
        services.AddAdminMenuEntry(new AdminMenuEntry("Médiathèque", AdminRoutes.Media, Permissions.ManageMedia, 20));
        services.AddAdminMenuEntry(new AdminMenuEntry("Journal", AdminRoutes.AuditTrail, Permissions.ViewAuditTrail, 30));
        services.AddAdminMenuEntry(new AdminMenuEntry("Import / export", AdminRoutes.Import, Permissions.ImportExport, 40) { AlsoCurrentUnder = [AdminRoutes.Export] });
        services.AddAdminMenuEntry(new AdminMenuEntry("Paramètres", AdminRoutes.Settings, Permissions.ManageSettings, 80));
        services.AddAdminMenuEntry(new AdminMenuEntry("Utilisateurs", AdminRoutes.Users, Permissions.ManageUsers, 90));
        services.AddSiteSettingsSection<Settings.GeneralSettingsSection>();

        services.AddSingleton<FirstAdministrator>();
        services.AddScoped<IStartupTask, AdministratorStartupTask>();
        services.AddScoped<IStartupTask, StoredRolePermissionsStartupTask>();
        services.AddRecipeStep<RolesStep>();
        services.AddScoped<IRecipeEnvironmentProvider, AdminRecipeEnvironment>();
        // French text is written as is in the pages (« é », not « &#xE9; »); markup characters stay encoded.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddScoped<ContentEditorBuilder>();
        services.AddScoped<ContentEditorUpdater>();
        // The editors of the parts the core relies on; field kinds bring their own (src/Modules/Cms.ContentFields).
        services.AddContentPart<TitlePart>().UseEditor<TitlePartEditor>();
        services.AddContentPart<AutoroutePart>().UseEditor<AutoroutePartEditor>();
        services.AddContentPart<MarkdownBodyPart>().UseEditor<MarkdownBodyPartEditor>();
        services.AddScoped<ContentEditorService>();
        services.AddScoped<Bulk.BulkActionRunner>();
        services.AddScoped<Sharing.PreviewShares>();
        services.AddScoped<Audit.AuditTrailQuery>();
        services.AddSingleton<AdminAssets>();
        services.AddSingleton<DsfrAssets>();
        services.AddScoped<PreviewRenderer>();
        services.AddMediaLibrary(configuration);
        services.AddTransfer(configuration);

        var assembly = typeof(AdminStartup).Assembly;
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Admin", AdminPolicies.AccessAdmin);
                options.Conventions.AllowAnonymousToPage("/Admin/Login");
                options.Conventions.AllowAnonymousToPage("/Admin/AccessDenied");
                // A shared preview opens without an account: its secret is the permission.
                options.Conventions.AllowAnonymousToPage("/SharedPreview");
                options.Conventions.AuthorizeFolder("/Admin/Users", AdminPolicies.ManageUsers);
                options.Conventions.AuthorizePage("/Admin/AuditTrail", AdminPolicies.ViewAuditTrail);
                options.Conventions.AuthorizeFolder("/Admin/Transfer", AdminPolicies.ImportExport);
                options.Conventions.AuthorizeFolder("/Admin/Settings", AdminPolicies.ForPermission(Permissions.ManageSettings));
            })
            .ConfigureApplicationPartManager(parts =>
            {
                // The host's entry assembly may not reference this library (tests, other hosts): add its types and
                // its compiled pages unless the default discovery already did.
                AddParts(parts, assembly);
            });
    }

    internal static void AddParts(ApplicationPartManager parts, System.Reflection.Assembly assembly)
    {
        foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
        {
            if (!parts.ApplicationParts.Any(p => p.GetType() == part.GetType() && p.Name == part.Name))
            {
                parts.ApplicationParts.Add(part);
            }
        }
    }

    /// <summary>The mark <c>UseAuthentication</c> leaves on an application builder (ASP.NET Core's AuthAppBuilderExtensions).</summary>
    private const string AuthenticationMiddlewareSetKey = "__AuthenticationMiddlewareSet";

    public override void Configure(IApplicationBuilder app)
    {
        app.UseMiddleware<PlainHttpSignInGuard>();
        // The editor views of the registered kinds are compiled into their modules' assemblies; every module has
        // configured its services by now, and views are looked up only once requests come.
        var parts = app.ApplicationServices.GetRequiredService<ApplicationPartManager>();
        var kinds = app.ApplicationServices.GetRequiredService<ContentKindCatalog>();
        foreach (var assembly in kinds.Fields.Concat(kinds.Parts).Select(k => k.EditorType?.Assembly).OfType<System.Reflection.Assembly>().Distinct())
        {
            AddParts(parts, assembly);
        }
        // Sign-in attempts per client address (SignInThrottle); no other request is limited, so no other request goes
        // through the limiter (its partitioned limiter takes a lock on every request it sees).
        app.UseWhen(SignInThrottle.IsSignInPost, branch => branch.UseRateLimiter());
        // Only requests that may be signed in are authenticated; the others stay anonymous as they would have.
        app.UseWhen(ActivatorUtilities.CreateInstance<SignedInRequests>(app.ApplicationServices).MayBeSignedIn, branch => branch.UseAuthentication());
        // WebApplication puts an authentication middleware first in the pipeline unless UseAuthentication marked the
        // application's own builder (a branch marks only its copy): mark it, or every request would be authenticated.
        app.Properties[AuthenticationMiddlewareSetKey] = true;
        app.UseMiddleware<AdminGateMiddleware>();
        app.UseAuthorization();
    }

    public override void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapRazorPages();
        routes.MapMediaUpload();
        routes.MapGet(AdminRoutes.Assets + "/{file}", (string file, AdminAssets assets) => assets.Serve(file)).AllowAnonymous();
    }
}
