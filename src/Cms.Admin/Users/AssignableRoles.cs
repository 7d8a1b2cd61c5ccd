using Cms.Admin.Security;
using Cms.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cms.Admin.Users;

/// <summary>A role the users page can give: its name, its French label and its description (from a recipe), if any.</summary>
public sealed record AssignableRole(string Name, string Label, string? Description);

/// <summary>
/// The roles the users page offers: the three built-in ones first, then every role a recipe's <c>Roles</c> step created,
/// by name, with the description the recipe gave.
/// </summary>
public sealed class AssignableRoles(RoleManager<IdentityRole> roles)
{
    public async Task<IReadOnlyList<AssignableRole>> ListAsync()
    {
        var stored = await roles.Roles.Where(r => r.Name != null).ToListAsync();
        var list = CmsRoles.All.Select(r => new AssignableRole(r, Label(r), null)).ToList();
        foreach (var role in stored.Where(r => !CmsRoles.All.Contains(r.Name!)).OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase))
        {
            var description = (await roles.GetClaimsAsync(role)).FirstOrDefault(c => c.Type == RolePermissions.DescriptionClaimType)?.Value;
            list.Add(new AssignableRole(role.Name!, role.Name!, description));
        }
        return list;
    }

    /// <summary>The French label of a built-in role, or the role's own name.</summary>
    public static string Label(string role) => role switch
    {
        CmsRoles.Administrator => "Administrateur",
        CmsRoles.Editor => "Éditeur",
        CmsRoles.Contributor => "Contributeur",
        _ => role,
    };
}
