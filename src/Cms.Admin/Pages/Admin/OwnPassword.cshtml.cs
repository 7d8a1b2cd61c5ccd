using Cms.Admin.Users;
using Cms.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin;

/// <summary>
/// Signed-in users change their own password: the current one, then the new one twice. The change renews the
/// security stamp (other sessions of the account end) and keeps this session signed in; it goes to the audit trail.
/// </summary>
public sealed class OwnPasswordModel(UserManager<CmsUser> users, SignInManager<CmsUser> signIn, AccountAudit audit) : PageModel
{
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? Confirmation { get; set; }
    public List<string> Errors { get; } = [];

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (string.IsNullOrEmpty(CurrentPassword)) Errors.Add("Saisissez votre mot de passe actuel.");
        if (string.IsNullOrEmpty(NewPassword)) Errors.Add("Saisissez le nouveau mot de passe.");
        else if (NewPassword != Confirmation) Errors.Add("La confirmation ne correspond pas au nouveau mot de passe.");
        else if (NewPassword == CurrentPassword) Errors.Add("Le nouveau mot de passe doit être différent de l'actuel.");
        if (Errors.Count > 0) return Page();

        var result = await users.ChangePasswordAsync(user, CurrentPassword!, NewPassword!);
        if (!result.Succeeded)
        {
            Errors.AddRange(result.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                ? "Le mot de passe actuel est incorrect." : e.Description));
            return Page();
        }
        await audit.RecordAsync(AccountAudit.PasswordChanged, user.UserName!);
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = "Votre mot de passe a été changé. Vos autres sessions ouvertes sont fermées.";
        return Redirect(AdminRoutes.OwnPassword);
    }
}
