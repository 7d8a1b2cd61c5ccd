using Cms.Admin.SignIn;
using Cms.Admin.Users;
using Cms.Data.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin;

/// <summary>
/// Sign-in with the password. Every failure (unknown name, wrong password, disabled or locked account) gets the same
/// page, status and message (<see cref="SignInRefusal"/>); failures count towards the lockout; attempts are throttled
/// per address (middleware) and per account name (here); success and failure go to the audit trail.
/// </summary>
public sealed class LoginModel(
    SignInManager<CmsUser> signIn, UserManager<CmsUser> users, SignInThrottle throttle, SignInRefusal refusal, AccountAudit audit) : PageModel
{
    /// <summary>Names of unknown accounts are recorded under this actor (Identity refuses parentheses in user names).</summary>
    public const string Anonymous = "(anonyme)";

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
        var name = UserName.Trim();
        var user = await users.FindByNameAsync(name);
        if (!throttle.TryAccount(name))
        {
            await audit.RecordAsync(AccountAudit.SignInThrottled, name, actor: user?.UserName ?? Anonymous);
            Error = SignInThrottle.Message;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = "60";
            return Page();
        }
        if (user is null)
        {
            refusal.SpendPasswordCheck(Password);
            return await RefuseAsync(name, Anonymous, "compte inconnu");
        }
        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AccountAudit.SignedIn, user.UserName!, actor: user.UserName);
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }
        // Identity checked the password only when the account was allowed and not locked.
        if (result.IsLockedOut || result.IsNotAllowed) refusal.SpendPasswordCheck(Password);
        var reason = result switch
        {
            { IsLockedOut: true } => "compte verrouillé",
            { IsNotAllowed: true } => "compte désactivé",
            _ => "mot de passe incorrect",
        };
        return await RefuseAsync(user.UserName!, user.UserName!, reason);
    }

    private async Task<IActionResult> RefuseAsync(string account, string actor, string reason)
    {
        await audit.RecordAsync(AccountAudit.SignInFailed, account, reason, actor);
        Error = SignInRefusal.Message;
        return Page();
    }

    /// <summary>Only a path of the back office: never another site.</summary>
    internal static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith(AdminRoutes.Root, StringComparison.OrdinalIgnoreCase) && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.Contains('\\') ? returnUrl : AdminRoutes.Root;
}
