using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin;

public static class AdminPageRegistration
{
    /// <summary>
    /// Adds the Razor Pages compiled into a module's assembly (a <c>Microsoft.NET.Sdk.Razor</c> project with pages under
    /// <c>Pages/Admin/</c>: the back office's layout, sign-in and folder policies apply), whatever the host's entry
    /// assembly references: <c>services.AddAdminPages(typeof(Startup).Assembly)</c>.
    /// </summary>
    public static IServiceCollection AddAdminPages(this IServiceCollection services, Assembly assembly)
    {
        services.AddMvcCore().ConfigureApplicationPartManager(parts => AdminStartup.AddParts(parts, assembly));
        return services;
    }

    /// <summary>
    /// Requires <paramref name="permission"/> (a module's own, registered with <c>AddPermission</c>) for every page of a
    /// back-office folder: <c>services.AuthorizeAdminFolder("/Admin/Redirects", "ManageRedirects")</c>.
    /// </summary>
    public static IServiceCollection AuthorizeAdminFolder(this IServiceCollection services, string folder, string permission) =>
        services.Configure<RazorPagesOptions>(options =>
            options.Conventions.AuthorizeFolder(folder, AdminPolicies.ForPermission(permission)));
}
