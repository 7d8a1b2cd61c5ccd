using Cms.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin;

/// <summary>Sign-in with the password; failures count towards the lockout; disabled users are refused.</summary>
public sealed class LoginModel(SignInManager<CmsUser> signIn, UserManager<CmsUser> users) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Error = "Saisissez votre identifiant et votre mot de passe.";
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }
        Error = result switch
        {
            { IsLockedOut: true } => "Trop d'essais infructueux : le compte est verrouillé pour quelques minutes.",
            { IsNotAllowed: true } when await IsDisabledAsync(UserName.Trim()) => "Ce compte est désactivé.",
            _ => "Identifiant ou mot de passe incorrect.",
        };
        return Page();
    }

    private async Task<bool> IsDisabledAsync(string userName) =>
        await users.FindByNameAsync(userName) is { Disabled: true };

    /// <summary>Only a path of the back office: never another site.</summary>
    internal static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith(AdminRoutes.Root, StringComparison.OrdinalIgnoreCase) && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.Contains('\\') ? returnUrl : AdminRoutes.Root;
}
