using Microsoft.Extensions.DependencyInjection;

namespace Cms.Abstractions.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>
    /// Adds an entry to the back office's navigation:
    /// <c>services.AddAdminMenuEntry(new AdminMenuEntry("Redirections", "/admin/redirections", "ManageRedirects", 60))</c>.
    /// </summary>
    public static IServiceCollection AddAdminMenuEntry(this IServiceCollection services, AdminMenuEntry entry) =>
        services.AddSingleton(entry);
}
