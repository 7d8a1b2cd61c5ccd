using Microsoft.Extensions.DependencyInjection;

namespace Cms.Abstractions.Security;

public static class PermissionServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's permission: <c>services.AddPermission("ManageRedirects", "Gérer les redirections", "Editor")</c>.
    /// Two modules registering the same name stop the start (see the back office's role permissions).
    /// </summary>
    public static IServiceCollection AddPermission(this IServiceCollection services, string name, string description, params string[] defaultRoles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return services.AddSingleton(new PermissionDefinition(name, description, defaultRoles));
    }
}
