using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin.SignIn;

/// <summary>
/// The absolute lifetime of a back-office session (<c>Cms:Admin:SignIn:SessionMaxHours</c>): the sign-in time is kept
/// in the cookie's properties (kept through sliding renewals and security stamp refreshes) and a session older than
/// the limit is ended, even if it was used all along. The security stamp is validated first, on every request.
/// </summary>
public static class SessionLifetime
{
    private const string SignedInKey = "cms.signed-in";

    public static void Configure(CookieAuthenticationEvents events)
    {
        events.OnSigningIn = context =>
        {
            if (!context.Properties.Items.ContainsKey(SignedInKey))
            {
                var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                context.Properties.Items[SignedInKey] = now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            return Task.CompletedTask;
        };
        events.OnValidatePrincipal = async context =>
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
            if (context.Principal is null) return;
            var services = context.HttpContext.RequestServices;
            var maxHours = services.GetRequiredService<SignInLimits>().SessionMaxHours;
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            if (!context.Properties.Items.TryGetValue(SignedInKey, out var value)
                || !long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                || now - DateTimeOffset.FromUnixTimeSeconds(seconds) > TimeSpan.FromHours(maxHours))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            }
        };
    }
}
