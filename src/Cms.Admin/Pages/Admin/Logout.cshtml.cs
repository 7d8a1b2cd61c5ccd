using Cms.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin;

/// <summary>Sign-out is a POST (with its antiforgery token); the GET only shows the button.</summary>
public sealed class LogoutModel(SignInManager<CmsUser> signIn) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect(AdminRoutes.Login);
    }
}
