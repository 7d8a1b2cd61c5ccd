using Cms.Admin.Users;
using Cms.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Cms.Admin.Pages.Admin.Users;

/// <summary>The users, their roles and state; creating one (administrators only, see AdminStartup's conventions).</summary>
public sealed class IndexModel(UserManager<CmsUser> users, AccountAudit audit, TimeProvider clock, AssignableRoles assignable) : PageModel
{
    public IReadOnlyList<(CmsUser User, IList<string> Roles)> Users { get; private set; } = [];

    [BindProperty] public string? NewUserName { get; set; }
    [BindProperty] public string? NewDisplayName { get; set; }
    [BindProperty] public string? NewEmail { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public List<string> NewRoles { get; set; } = [];
    public List<string> Errors { get; } = [];
    /// <summary>The roles an account can be given (built-in, then created by recipes).</summary>
    public IReadOnlyList<AssignableRole> AvailableRoles { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(NewUserName)) Errors.Add("L'identifiant est obligatoire.");
        var known = (await assignable.ListAsync()).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var roles = NewRoles.Where(known.Contains).Distinct().ToList();
        if (roles.Count == 0) Errors.Add("Choisissez au moins un rôle.");
        if (Errors.Count > 0)
        {
            await LoadAsync();
            return Page();
        }
        var generated = string.IsNullOrEmpty(NewPassword);
        var password = generated ? PasswordGenerator.Generate() : NewPassword!;
        var user = new CmsUser
        {
            UserName = NewUserName!.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(NewDisplayName) ? null : NewDisplayName.Trim(),
            Email = string.IsNullOrWhiteSpace(NewEmail) ? null : NewEmail.Trim(),
            EmailConfirmed = true,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded) result = await users.AddToRolesAsync(user, roles);
        if (!result.Succeeded)
        {
            Errors.AddRange(result.Errors.Select(e => e.Description));
            await LoadAsync();
            return Page();
        }
        await audit.RecordAsync(AccountAudit.UserCreated, user.UserName, "Rôles : " + string.Join(", ", roles.Select(RoleLabel)));
        TempData["Message"] = generated
            ? $"Compte « {user.UserName} » créé. Mot de passe à transmettre (affiché une seule fois) : {password}"
            : $"Compte « {user.UserName} » créé.";
        return Redirect(AdminRoutes.Users);
    }

    private async Task LoadAsync()
    {
        AvailableRoles = await assignable.ListAsync();
        var list = new List<(CmsUser, IList<string>)>();
        foreach (var user in await users.Users.OrderBy(u => u.UserName).Take(1000).ToListAsync())
        {
            list.Add((user, await users.GetRolesAsync(user)));
        }
        Users = list;
    }

    public static string RoleLabel(string role) => AssignableRoles.Label(role);
}
