namespace Cms.Admin.Navigation;

/// <summary>A link of the back office's menu read per request (the AdminMenu module's menus, from the store), with its children.</summary>
public sealed record AdminNavigationLink(string Label, string Url, IReadOnlyList<AdminNavigationLink> Children);

/// <summary>
/// Back-office menu links read per request (<c>services.AddScoped&lt;IAdminNavigationSource, T&gt;()</c>), shown after
/// the registered entries (<c>AddAdminMenuEntry</c>): menus that editors or recipes change while the site runs.
/// </summary>
public interface IAdminNavigationSource
{
    Task<IReadOnlyList<AdminNavigationLink>> GetAsync(CancellationToken cancellationToken);
}
