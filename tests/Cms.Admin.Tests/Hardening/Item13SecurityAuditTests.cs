using System.Net;
using Cms.Admin.Tests.Support;
using Cms.Data;
using Cms.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin.Tests.Hardening;

/// <summary>
/// Issue 16, item 13: security events in the audit trail (sign-in success and failure, account creation, role
/// changes, disable and enable, password reset and change), shown on the audit page with French labels.
/// </summary>
public sealed class Item13SecurityAuditTests(AdminSite site) : IClassFixture<AdminSite>
{
    [Fact]
    public async Task Item13_security_events_are_in_the_audit_trail_with_french_labels()
    {
        using (var failed = new AdminClient(site.Server))
        {
            using var _ = await failed.SignInAsync("editor", "Mauvais-Passw0rd!");
            using var __ = await failed.SignInAsync("personne-inconnue", "Mauvais-Passw0rd!");
        }
        using var admin = await site.ClientAsync("admin");
        using (var created = await admin.PostFromPageAsync("/admin/utilisateurs", null,
                   ("NewUserName", "audited"), ("NewPassword", AdminSite.Password), ("NewRoles", CmsRoles.Contributor)))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }
        var id = await site.UserIdAsync("audited");
        var userPage = $"/admin/utilisateurs/{id}";
        foreach (var (handler, fields) in new (string, (string, string)[])[]
                 {
                     ("Roles", [("roles", CmsRoles.Editor)]),
                     ("Disable", [("disabled", "true")]),
                     ("Disable", [("disabled", "false")]),
                     ("Password", [("password", "Autre-Passw0rd!")]),
                 })
        {
            using var response = await admin.PostFromPageAsync(userPage, $"{userPage}?handler={handler}", fields);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        using (var own = await site.ClientAsync("bob"))
        {
            using var changed = await own.PostFromPageAsync("/admin/mot-de-passe", null,
                ("CurrentPassword", AdminSite.Password), ("NewPassword", "Bob-Nouveau-Passw0rd!"), ("Confirmation", "Bob-Nouveau-Passw0rd!"));
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        using (var scope = site.App.Services.CreateScope())
        {
            var rows = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().AuditTrail.AsNoTracking().ToListAsync();
            Assert.Contains(rows, r => r.Kind == "SignedIn" && r.UserName == "admin");
            Assert.Contains(rows, r => r.Kind == "SignInFailed" && r.UserName == "editor" && r.Details!.Contains("mot de passe incorrect"));
            Assert.Contains(rows, r => r.Kind == "SignInFailed" && r.DisplayText == "personne-inconnue" && r.Details!.Contains("compte inconnu"));
            Assert.Contains(rows, r => r.Kind == "UserCreated" && r.UserName == "admin" && r.DisplayText == "audited");
            Assert.Contains(rows, r => r.Kind == "UserRolesChanged" && r.DisplayText == "audited" && r.Details!.Contains("Éditeur"));
            Assert.Contains(rows, r => r.Kind == "UserDisabled" && r.DisplayText == "audited");
            Assert.Contains(rows, r => r.Kind == "UserEnabled" && r.DisplayText == "audited");
            Assert.Contains(rows, r => r.Kind == "UserPasswordReset" && r.DisplayText == "audited");
            Assert.Contains(rows, r => r.Kind == "PasswordChanged" && r.UserName == "bob");
        }

        var (status, journal) = await admin.GetPageAsync("/admin/journal");
        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var label in new[]
                 {
                     "Connexion", "Échec de connexion", "Création d'un compte", "Changement de rôles", "Désactivation d'un compte",
                     "Réactivation d'un compte", "Réinitialisation d'un mot de passe", "Changement de son mot de passe",
                 })
        {
            Assert.Contains($">{label}</td>", WebUtility.HtmlDecode(journal));
        }
        var (_, filtered) = await admin.GetPageAsync("/admin/journal?action=SignInFailed");
        Assert.Contains("personne-inconnue", filtered);
    }
}
