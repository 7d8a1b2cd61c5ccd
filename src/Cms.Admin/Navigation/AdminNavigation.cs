using Cms.Admin.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin.Navigation;

/// <summary>
/// An entry of the back office's menu a module adds (« Modèles »): shown to users granted <see cref="Permission"/>
/// (any signed-in user when null), after the core's entries, by <see cref="Position"/> then label.
/// </summary>
public sealed record AdminNavigationEntry(string Label, string Path, string? Permission = null, int Position = 0);

/// <summary>A link of the back office's menu read per request (the AdminMenu module's menus, from the store), with its children.</summary>
public sealed record AdminNavigationLink(string Label, string Url, IReadOnlyList<AdminNavigationLink> Children);

/// <summary>Back-office menu links read per request (<c>services.AddScoped&lt;IAdminNavigationSource, T&gt;()</c>).</summary>
public interface IAdminNavigationSource
{
    Task<IReadOnlyList<AdminNavigationLink>> GetAsync(CancellationToken cancellationToken);
}

public static class AdminNavigationServiceCollectionExtensions
{
    /// <summary>Adds an entry to the back office's menu, e.g. <c>AddAdminNavigationEntry("Modèles", "/admin/modeles", "ManageTemplates")</c>.</summary>
    public static IServiceCollection AddAdminNavigationEntry(this IServiceCollection services, string label, string path, string? permission = null, int position = 0) =>
        services.AddSingleton(new AdminNavigationEntry(label, path, permission, position));
}

/// <summary>What the back office's layout shows of the modules' entries and sources for the current user.</summary>
public sealed class AdminNavigation(IEnumerable<AdminNavigationEntry> entries, IEnumerable<IAdminNavigationSource> sources, ContentAuthorizer authorizer)
{
    public async Task<IReadOnlyList<AdminNavigationEntry>> EntriesAsync(System.Security.Claims.ClaimsPrincipal user)
    {
        var shown = new List<AdminNavigationEntry>();
        foreach (var entry in entries.OrderBy(e => e.Position).ThenBy(e => e.Label, StringComparer.Ordinal))
        {
            if (entry.Permission is null || await authorizer.HasAsync(user, entry.Permission)) shown.Add(entry);
        }
        return shown;
    }

    public async Task<IReadOnlyList<AdminNavigationLink>> LinksAsync(CancellationToken cancellationToken)
    {
        var links = new List<AdminNavigationLink>();
        foreach (var source in sources) links.AddRange(await source.GetAsync(cancellationToken));
        return links;
    }
}
