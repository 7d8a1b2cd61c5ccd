using Cms.Admin.Users;
using Cms.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin.Users;

/// <summary>
/// One user: roles, disable or enable, reset the password. Every change renews the security stamp, so the user's
/// open sessions end at their next request. The last active administrator can be neither disabled nor demoted.
/// </summary>
public sealed class EditModel(UserManager<CmsUser> users, AccountAudit audit, AssignableRoles assignable) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    public CmsUser? Account { get; private set; }
    public IList<string> Roles { get; private set; } = [];
    public List<string> Errors { get; } = [];
    /// <summary>The roles an account can be given (built-in, then created by recipes).</summary>
    public IReadOnlyList<AssignableRole> AvailableRoles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostRolesAsync(List<string> roles)
    {
        if (await LoadAsync() is { } missing) return missing;
        var wanted = roles.Where(AvailableRoles.Select(r => r.Name).Contains).Distinct().ToList();
        if (wanted.Count == 0) return Fail("Choisissez au moins un rôle.");
        if (Roles.Contains(CmsRoles.Administrator) && !wanted.Contains(CmsRoles.Administrator) && await IsLastAdministratorAsync())
        {
            return Fail("C'est le dernier administrateur actif : il garde ce rôle.");
        }
        var result = await users.RemoveFromRolesAsync(Account!, Roles.Except(wanted));
        if (result.Succeeded) result = await users.AddToRolesAsync(Account!, wanted.Except(Roles));
        if (result.Succeeded) result = await users.UpdateSecurityStampAsync(Account!);
        if (result.Succeeded) await audit.RecordAsync(AccountAudit.RolesChanged, Account!.UserName!, "Rôles : " + string.Join(", ", wanted.Select(IndexModel.RoleLabel)));
        return Done(result, "Rôles enregistrés.");
    }

    public async Task<IActionResult> OnPostDisableAsync(bool disabled)
    {
        if (await LoadAsync() is { } missing) return missing;
        if (disabled && Roles.Contains(CmsRoles.Administrator) && await IsLastAdministratorAsync())
        {
            return Fail("C'est le dernier administrateur actif : il ne peut pas être désactivé.");
        }
        Account!.Disabled = disabled;
        var result = await users.UpdateAsync(Account);
        if (result.Succeeded) result = await users.UpdateSecurityStampAsync(Account);
        if (result.Succeeded) await audit.RecordAsync(disabled ? AccountAudit.UserDisabled : AccountAudit.UserEnabled, Account.UserName!);
        return Done(result, disabled ? "Compte désactivé : il ne peut plus se connecter." : "Compte réactivé.");
    }

    public async Task<IActionResult> OnPostPasswordAsync(string? password)
    {
        if (await LoadAsync() is { } missing) return missing;
        var generated = string.IsNullOrEmpty(password);
        var newPassword = generated ? PasswordGenerator.Generate() : password!;
        var token = await users.RemovePasswordAsync(Account!);
        var result = token.Succeeded ? await users.AddPasswordAsync(Account!, newPassword) : token;
        if (result.Succeeded) await users.SetLockoutEndDateAsync(Account!, null);
        if (result.Succeeded) await users.ResetAccessFailedCountAsync(Account!);
        if (result.Succeeded) await audit.RecordAsync(AccountAudit.PasswordReset, Account!.UserName!, generated ? "mot de passe généré" : "mot de passe saisi");
        return Done(result, generated
            ? $"Nouveau mot de passe (affiché une seule fois) : {newPassword}"
            : "Mot de passe changé.");
    }

    private async Task<bool> IsLastAdministratorAsync() =>
        (await users.GetUsersInRoleAsync(CmsRoles.Administrator)).Count(u => !u.Disabled) <= 1;

    private IActionResult Done(IdentityResult result, string message)
    {
        if (!result.Succeeded)
        {
            Errors.AddRange(result.Errors.Select(e => e.Description));
            return Page();
        }
        TempData["Message"] = message;
        return Redirect(AdminRoutes.User(Id));
    }

    private IActionResult Fail(string message)
    {
        Errors.Add(message);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        Account = await users.FindByIdAsync(Id);
        if (Account is null) return NotFound();
        Roles = await users.GetRolesAsync(Account);
        AvailableRoles = await assignable.ListAsync();
        return null;
    }
}
