using Cms.Admin.Users;
using Cms.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin;

/// <summary>
/// Sign-out is a POST (with its antiforgery token); the GET only shows the button. Signing out renews the user's
/// security stamp, which is checked on every request: a copy of the session cookie (stolen, or left in another
/// browser) stops working too, not only the browser's own cookie.
/// </summary>
public sealed class LogoutModel(SignInManager<CmsUser> signIn, UserManager<CmsUser> users, AccountAudit audit) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(AccountAudit.SignedOut, user.UserName!);
        }
        await signIn.SignOutAsync();
        return Redirect(AdminRoutes.Login);
    }
}
