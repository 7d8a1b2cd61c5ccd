using Microsoft.AspNetCore.Identity;

namespace Cms.Admin.Security;

/// <summary>Identity's messages in French, shown as they are on the users and sign-in pages.</summary>
public sealed class FrenchIdentityErrorDescriber : IdentityErrorDescriber
{
    private static IdentityError E(string code, string description) => new() { Code = code, Description = description };

    public override IdentityError DefaultError() => E(nameof(DefaultError), "Une erreur inconnue est survenue.");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "Le compte a été modifié entre-temps : rechargez la page.");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "Mot de passe incorrect.");
    public override IdentityError InvalidToken() => E(nameof(InvalidToken), "Jeton invalide.");
    public override IdentityError LoginAlreadyAssociated() => E(nameof(LoginAlreadyAssociated), "Ce compte externe est déjà associé à un utilisateur.");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), $"L'identifiant « {userName} » est invalide : lettres, chiffres et - . _ @ + uniquement.");
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), $"L'adresse électronique « {email} » est invalide.");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), $"L'identifiant « {userName} » est déjà utilisé.");
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), $"L'adresse électronique « {email} » est déjà utilisée.");
    public override IdentityError InvalidRoleName(string? role) => E(nameof(InvalidRoleName), $"Le rôle « {role} » est invalide.");
    public override IdentityError DuplicateRoleName(string role) => E(nameof(DuplicateRoleName), $"Le rôle « {role} » existe déjà.");
    public override IdentityError UserAlreadyHasPassword() => E(nameof(UserAlreadyHasPassword), "L'utilisateur a déjà un mot de passe.");
    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), "Le verrouillage n'est pas activé pour cet utilisateur.");
    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), $"L'utilisateur a déjà le rôle « {role} ».");
    public override IdentityError UserNotInRole(string role) => E(nameof(UserNotInRole), $"L'utilisateur n'a pas le rôle « {role} ».");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), $"Le mot de passe doit compter au moins {length} caractères.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), $"Le mot de passe doit contenir au moins {uniqueChars} caractères différents.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "Le mot de passe doit contenir au moins un caractère spécial.");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "Le mot de passe doit contenir au moins un chiffre.");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "Le mot de passe doit contenir au moins une minuscule.");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "Le mot de passe doit contenir au moins une majuscule.");
    public override IdentityError RecoveryCodeRedemptionFailed() => E(nameof(RecoveryCodeRedemptionFailed), "Code de récupération invalide.");
}
