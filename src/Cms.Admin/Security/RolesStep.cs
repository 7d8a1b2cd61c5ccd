using System.Security.Claims;
using System.Text.Json.Nodes;
using Cms.Abstractions.Recipes;
using Cms.Data;
using Microsoft.AspNetCore.Identity;

namespace Cms.Admin.Security;

/// <summary>
/// Orchard Core's <c>{ "name": "Roles", "Roles": [ { "Name": "Editor", "Description": "…", "Permissions": [ "PublishContent", … ] } ] }</c>:
/// creates each missing ASP.NET Core Identity role and sets its permissions (Identity role claims of type
/// <see cref="RolePermissions.ClaimType"/>, Orchard's own storage), Orchard permission names mapped to ours
/// (<see cref="OrchardPermissionNames"/>). A permission we do not have becomes a warning in the report, naming the role,
/// never silently dropped. The stored permissions of a built-in role add to those it has by default or by configuration.
/// </summary>
public sealed class RolesStep(RoleManager<IdentityRole> roles, CmsDbContext db, RolePermissions permissions) : IRecipeStepHandler
{
    public string Name => "Roles";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Property("Roles") is not JsonArray list)
        {
            throw new RecipeException("propriété « Roles » : tableau de rôles attendu ({ \"Name\", \"Permissions\" }).");
        }
        var names = new List<string>();
        for (var i = 0; i < list.Count; i++)
        {
            var json = list[i] as JsonObject ?? throw new RecipeException($"propriété « Roles[{i}] » : objet attendu.");
            var name = RecipeJson.Text(json, "Name")?.Trim();
            if (string.IsNullOrEmpty(name)) throw new RecipeException($"propriété « Roles[{i}].Name » : nom du rôle manquant.");
            var (granted, unknown) = OrchardPermissionNames.Map(Permissions(json, i), permissions.Definitions.Select(d => d.Name));
            if (unknown.Count > 0)
            {
                context.Report.Warnings.Add($"rôle « {name} » : permissions Orchard sans équivalent sur ce site, ignorées : {string.Join(", ", unknown)}.");
            }
            names.Add(name);
            if (context.DryRun) continue;
            await SaveAsync(name, RecipeJson.Text(json, "Description"), granted);
        }
        context.Report.Messages.Add($"Rôles : {string.Join(", ", names)}.");
        if (!context.DryRun) permissions.UseStored(await RolePermissions.LoadStoredAsync(db, cancellationToken));
    }

    private async Task SaveAsync(string name, string? description, IReadOnlyCollection<string> granted)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            role = new IdentityRole(name);
            Check(await roles.CreateAsync(role), name);
        }
        var claims = await roles.GetClaimsAsync(role);
        foreach (var claim in claims.Where(c => c.Type is RolePermissions.ClaimType or RolePermissions.DescriptionClaimType))
        {
            Check(await roles.RemoveClaimAsync(role, claim), name);
        }
        if (!string.IsNullOrWhiteSpace(description))
        {
            Check(await roles.AddClaimAsync(role, new Claim(RolePermissions.DescriptionClaimType, description.Trim())), name);
        }
        foreach (var permission in granted)
        {
            Check(await roles.AddClaimAsync(role, new Claim(RolePermissions.ClaimType, permission)), name);
        }
    }

    private static void Check(IdentityResult result, string role)
    {
        if (!result.Succeeded)
        {
            throw new RecipeException($"rôle « {role} » : {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }


    private static IEnumerable<string> Permissions(JsonObject json, int index) =>
        json.FirstOrDefault(p => string.Equals(p.Key, "Permissions", StringComparison.OrdinalIgnoreCase)).Value switch
        {
            null => [],
            JsonArray array => array.Select((node, j) => node is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s)
                ? s.Trim()
                : throw new RecipeException($"propriété « Roles[{index}].Permissions[{j}] » : nom de permission attendu.")).ToList(),
            _ => throw new RecipeException($"propriété « Roles[{index}].Permissions » : tableau de noms de permission attendu."),
        };
}

/// <summary>Orchard Core's permission names and ours: most are the same, a few Orchard ones map to one of ours.</summary>
public static class OrchardPermissionNames
{
    private static readonly string[] ContentPermissions =
    [
        Security.Permissions.ViewContent, Security.Permissions.ViewOwnContent, Security.Permissions.EditContent,
        Security.Permissions.EditOwnContent, Security.Permissions.PublishContent, Security.Permissions.PublishOwnContent,
        Security.Permissions.DeleteContent, Security.Permissions.DeleteOwnContent,
    ];

    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        [Security.Permissions.AccessAdminPanel] = Security.Permissions.AccessAdminPanel,
        [Security.Permissions.ManageUsers] = Security.Permissions.ManageUsers,
        ["ManageRoles"] = Security.Permissions.ManageUsers,
        [Security.Permissions.ViewAuditTrail] = Security.Permissions.ViewAuditTrail,
        [Security.Permissions.ManageMedia] = Security.Permissions.ManageMedia,
        ["ManageMediaContent"] = Security.Permissions.ManageMedia,
        ["ManageOwnMedia"] = Security.Permissions.ManageMedia,
        ["ManageAttachedMediaFieldsFolder"] = Security.Permissions.ManageMedia,
        [Security.Permissions.DeleteMedia] = Security.Permissions.DeleteMedia,
        ["Import"] = Security.Permissions.ImportExport,
        ["Export"] = Security.Permissions.ImportExport,
        [Security.Permissions.ImportExport] = Security.Permissions.ImportExport,
        [Security.Permissions.ManageSettings] = Security.Permissions.ManageSettings,
    };

    /// <summary>
    /// Our permissions for <paramref name="orchard"/> (distinct, in order), and the names we have nothing for; the
    /// permissions modules registered (<paramref name="modulePermissions"/>) are known by their own names.
    /// </summary>
    public static (IReadOnlyList<string> Granted, IReadOnlyList<string> Unknown) Map(IEnumerable<string> orchard, IEnumerable<string> modulePermissions)
    {
        var granted = new List<string>();
        var unknown = new List<string>();
        var fromModules = modulePermissions.ToList();
        foreach (var name in orchard)
        {
            var ours = Names.TryGetValue(name, out var mapped) ? mapped
                : fromModules.FirstOrDefault(p => string.Equals(p, name, StringComparison.OrdinalIgnoreCase)) ?? Content(name);
            if (ours is null) unknown.Add(name);
            else if (!granted.Contains(ours, StringComparer.Ordinal)) granted.Add(ours);
        }
        return (granted, unknown);
    }

    /// <summary><c>PublishContent</c>, or <c>EditContent_BlogPost</c> (a content permission for one type), in our spelling.</summary>
    private static string? Content(string name)
    {
        var at = name.IndexOf('_');
        var prefix = at < 0 ? name : name[..at];
        var permission = ContentPermissions.FirstOrDefault(p => string.Equals(p, prefix, StringComparison.OrdinalIgnoreCase));
        if (permission is null) return null;
        return at < 0 ? permission : at == name.Length - 1 ? null : permission + name[at..];
    }
}
