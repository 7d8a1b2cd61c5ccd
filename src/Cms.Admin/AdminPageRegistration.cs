using System.Reflection;
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
}
