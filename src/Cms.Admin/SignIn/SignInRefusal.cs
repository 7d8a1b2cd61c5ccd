using Cms.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace Cms.Admin.SignIn;

/// <summary>
/// One answer for every failed sign-in (unknown name, wrong password, disabled or locked account), so the page does
/// not tell which accounts exist or what state they are in. Identity checks the password only for an existing,
/// allowed and unlocked account; the other refusals hash the typed password once against a throw-away hash, so that
/// they cost about as much time as a wrong password.
/// </summary>
public sealed class SignInRefusal
{
    public const string Message = "Identifiant ou mot de passe incorrect, ou compte temporairement indisponible.";

    private readonly IPasswordHasher<CmsUser> _hasher;
    private readonly CmsUser _nobody = new() { UserName = "-" };
    private readonly string _hash;

    public SignInRefusal(IPasswordHasher<CmsUser> hasher)
    {
        _hasher = hasher;
        _hash = hasher.HashPassword(_nobody, Guid.NewGuid().ToString("n"));
    }

    /// <summary>Spends the cost of one password check, for a refusal decided without one.</summary>
    public void SpendPasswordCheck(string password) => _hasher.VerifyHashedPassword(_nobody, _hash, password);
}
