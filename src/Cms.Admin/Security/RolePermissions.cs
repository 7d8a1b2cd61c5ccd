using Cms.Data.Identity;
using Microsoft.Extensions.Configuration;

namespace Cms.Admin.Security;

/// <summary>
/// Which permissions each role grants. Defaults follow the issue (Administrator: everything; Editor: any content;
/// Contributor: drafts of their own items). A role's list can be replaced in configuration, e.g.
/// <c>Cms:Admin:Roles:Contributor:0 = EditOwnContent_Event</c> to restrict contributors to events.
/// </summary>
public sealed class RolePermissions
{
    private static readonly Dictionary<string, string[]> Defaults = new(StringComparer.Ordinal)
    {
        [CmsRoles.Administrator] =
        [
            Permissions.AccessAdminPanel, Permissions.ManageUsers, Permissions.ViewAuditTrail, Permissions.ImportExport,
            Permissions.ViewContent, Permissions.EditContent, Permissions.PublishContent, Permissions.DeleteContent,
            Permissions.ManageMedia, Permissions.DeleteMedia, Permissions.ManageRedirects,
        ],
        [CmsRoles.Editor] =
        [
            Permissions.AccessAdminPanel, Permissions.ViewAuditTrail,
            Permissions.ViewContent, Permissions.EditContent, Permissions.PublishContent, Permissions.DeleteContent,
            Permissions.ManageMedia, Permissions.DeleteMedia, Permissions.ManageRedirects,
        ],
        [CmsRoles.Contributor] =
        [
            Permissions.AccessAdminPanel, Permissions.ViewOwnContent, Permissions.EditOwnContent,
            Permissions.ManageMedia,
        ],
    };

    private readonly Dictionary<string, HashSet<string>> _grants;

    public RolePermissions(IConfiguration configuration)
    {
        _grants = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (role, permissions) in Defaults)
        {
            var configured = configuration.GetSection($"Cms:Admin:Roles:{role}").Get<string[]>();
            var list = configured is { Length: > 0 } ? configured : permissions;
            if (role == CmsRoles.Administrator)
            {
                // The administrator always keeps the panel and the users, so that nobody can lock the site out.
                list = [.. list, Permissions.AccessAdminPanel, Permissions.ManageUsers];
            }
            _grants[role] = new HashSet<string>(list, StringComparer.Ordinal);
        }
    }

    /// <summary>True when one of <paramref name="roles"/> grants <paramref name="permission"/>.</summary>
    public bool Grants(IEnumerable<string> roles, string permission) =>
        roles.Any(r => _grants.TryGetValue(r, out var set) && set.Contains(permission));

    /// <summary>Every permission name a role grants (for the users page).</summary>
    public IReadOnlyCollection<string> Of(string role) =>
        _grants.TryGetValue(role, out var set) ? set : [];
}
