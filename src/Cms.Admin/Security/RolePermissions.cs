using Cms.Abstractions.Modules;
using Cms.Data;
using Cms.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Cms.Admin.Security;

/// <summary>
/// Which permissions each role grants. Defaults follow the issue (Administrator: everything; Editor: any content;
/// Contributor: drafts of their own items). A role's list can be replaced in configuration, e.g.
/// <c>Cms:Admin:Roles:Contributor:0 = EditOwnContent_Event</c> to restrict contributors to events. Permissions stored
/// with a role (Identity role claims of type <see cref="ClaimType"/>, written by the recipe <c>Roles</c> step) add to
/// those: they give a role created by a recipe its permissions. They are read at start and after each <c>Roles</c> step
/// on this node (another node reads them at its next start).
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
            Permissions.ManageTemplates, Permissions.ManageAdminMenu,
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

    /// <summary>The type of the role claims holding a permission name (Orchard Core's).</summary>
    public const string ClaimType = "Permission";
    /// <summary>The type of the role claim holding the role's description from a recipe.</summary>
    public const string DescriptionClaimType = "Description";

    private readonly Dictionary<string, HashSet<string>> _grants;
    private volatile IReadOnlyDictionary<string, HashSet<string>> _stored = new Dictionary<string, HashSet<string>>();

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
    public bool Grants(IEnumerable<string> roles, string permission)
    {
        var stored = _stored;
        return roles.Any(r => (_grants.TryGetValue(r, out var set) && set.Contains(permission))
            || (stored.TryGetValue(r, out var more) && more.Contains(permission)));
    }

    /// <summary>Every permission name a role grants (for the users page).</summary>
    public IReadOnlyCollection<string> Of(string role)
    {
        var own = _grants.TryGetValue(role, out var set) ? set : [];
        return _stored.TryGetValue(role, out var more) ? [.. own.Union(more)] : own;
    }

    /// <summary>Replaces the stored permissions known to this node (see <see cref="LoadStoredAsync"/>).</summary>
    public void UseStored(IReadOnlyDictionary<string, HashSet<string>> stored) => _stored = stored;

    /// <summary>The permissions stored with each role (role claims of type <see cref="ClaimType"/>), by role name.</summary>
    public static async Task<IReadOnlyDictionary<string, HashSet<string>>> LoadStoredAsync(CmsDbContext db, CancellationToken cancellationToken)
    {
        var rows = await (from claim in db.RoleClaims.AsNoTracking()
                          join role in db.Roles.AsNoTracking() on claim.RoleId equals role.Id
                          where claim.ClaimType == ClaimType && claim.ClaimValue != null && role.Name != null
                          select new { role.Name, claim.ClaimValue }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Name!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new HashSet<string>(g.Select(r => r.ClaimValue!), StringComparer.Ordinal), StringComparer.Ordinal);
    }
}

/// <summary>Reads the permissions stored with the roles at start (after migrations and the setup recipe).</summary>
public sealed class StoredRolePermissionsStartupTask(RolePermissions permissions, CmsDbContext db) : IStartupTask
{
    public async Task RunAsync(StartupContext context, CancellationToken cancellationToken) =>
        permissions.UseStored(await RolePermissions.LoadStoredAsync(db, cancellationToken));
}
