using Cms.Abstractions.Security;
using Cms.Data;
using Cms.Data.Entities;
using Microsoft.AspNetCore.Http;

namespace Cms.Admin.Users;

/// <summary>
/// Security events in the audit trail: sign-in success and failure, sign-out, account creation, role changes,
/// disable/enable, password resets (by an administrator) and changes (by the user). The row's user is who acted
/// (the account itself for a sign-in); the account concerned is its text; the client address is in the details.
/// </summary>
public sealed class AccountAudit(CmsDbContext db, ICurrentUser currentUser, IHttpContextAccessor http, TimeProvider clock)
{
    public const string SignedIn = "SignedIn";
    public const string SignInFailed = "SignInFailed";
    public const string SignInThrottled = "SignInThrottled";
    public const string SignedOut = "SignedOut";
    public const string UserCreated = "UserCreated";
    public const string RolesChanged = "UserRolesChanged";
    public const string UserDisabled = "UserDisabled";
    public const string UserEnabled = "UserEnabled";
    public const string PasswordReset = "UserPasswordReset";
    public const string PasswordChanged = "PasswordChanged";

    /// <summary>French labels of the audit page.</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [SignedIn] = "Connexion",
        [SignInFailed] = "Échec de connexion",
        [SignInThrottled] = "Connexion freinée (trop de tentatives)",
        [SignedOut] = "Déconnexion",
        [UserCreated] = "Création d'un compte",
        [RolesChanged] = "Changement de rôles",
        [UserDisabled] = "Désactivation d'un compte",
        [UserEnabled] = "Réactivation d'un compte",
        [PasswordReset] = "Réinitialisation d'un mot de passe",
        [PasswordChanged] = "Changement de son mot de passe",
    };

    /// <summary>Typed names and details are cut to this length: anonymous input never fills the trail.</summary>
    private const int MaxText = 200;

    /// <summary>Records <paramref name="kind"/> about <paramref name="account"/>, done by the signed-in user (or <paramref name="actor"/>).</summary>
    public async Task RecordAsync(string kind, string account, string? details = null, string? actor = null, CancellationToken cancellationToken = default)
    {
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        var text = address is null ? details : details is null ? $"Adresse {address}" : $"{details} — adresse {address}";
        db.AuditTrail.Add(new AuditTrailEvent
        {
            Utc = clock.GetUtcNow().UtcDateTime,
            UserName = actor ?? currentUser.UserName,
            Kind = kind,
            DisplayText = Cut(account),
            Details = text is null ? null : Cut(text),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Cut(string text) => text.Length > MaxText ? text[..MaxText] + "…" : text;
}
