using Cms.Abstractions.Modules;
using Cms.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;

namespace Cms.Admin.Users;

/// <summary>
/// Creates the roles when missing and, when no user exists yet, the first administrator: from
/// <c>Cms:Admin:UserName</c> / <c>Cms:Admin:Password</c>, or with a generated password printed once.
/// </summary>
public sealed class AdministratorStartupTask(
    UserManager<CmsUser> users,
    RoleManager<IdentityRole> roles,
    IConfiguration configuration,
    FirstAdministrator first,
    TimeProvider clock) : IStartupTask
{

    public async Task RunAsync(StartupContext context, CancellationToken cancellationToken)
    {
        foreach (var role in CmsRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
            }
        }

        if (users.Users.Any()) return;

        var userName = first.UserName;
        var password = configuration["Cms:Admin:Password"];
        var generated = string.IsNullOrEmpty(password);
        if (generated) password = PasswordGenerator.Generate();

        var user = new CmsUser
        {
            Id = first.UserId,
            UserName = userName,
            DisplayName = "Administrateur",
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            EmailConfirmed = true,
        };
        var created = await users.CreateAsync(user, password!);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                "Cms:Admin:Password does not satisfy the password policy: " +
                string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        Check(await users.AddToRoleAsync(user, CmsRoles.Administrator), "administrator role");

        await context.Output.WriteLineAsync(generated
            ? $"Administrator account created: user name '{userName}', generated password: {password} (shown once; change it in /admin/utilisateurs)."
            : $"Administrator account created: user name '{userName}' (password from Cms:Admin:Password).");
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create the {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
