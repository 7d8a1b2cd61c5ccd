using Cms.Abstractions.Modules;
using Cms.Data.Configuration;
using Cms.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;

namespace Cms.Admin.Users;

/// <summary>
/// Creates the roles when missing and, when no user exists yet, the first administrator: from
/// <c>Cms:Admin:UserName</c> / <c>Cms:Admin:Password</c>, or with a generated password. A generated password is
/// never printed nor logged (output and logs end up in journals and CI logs): it is written to
/// <c>{DataDirectory}/first-admin-password.txt</c>, readable by the owner only, and the output says where.
/// </summary>
public sealed class AdministratorStartupTask(
    UserManager<CmsUser> users,
    RoleManager<IdentityRole> roles,
    IConfiguration configuration,
    FirstAdministrator first,
    CmsDataOptions data,
    TimeProvider clock) : IStartupTask
{
    public const string PasswordFileName = "first-admin-password.txt";

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

        if (!generated)
        {
            await context.Output.WriteLineAsync($"Administrator account created: user name '{userName}' (password from Cms:Admin:Password).");
            return;
        }
        var file = WritePasswordFile(password!);
        await context.Output.WriteLineAsync(
            $"Administrator account created: user name '{userName}', generated password in {file} (readable by its owner only). " +
            $"Sign in, change it at {AdminRoutes.OwnPassword}, then delete the file.");
    }

    /// <summary>Writes the password to a new file that only the process's user can read (mode 600 on Unix).</summary>
    private string WritePasswordFile(string password)
    {
        var path = Path.Combine(data.DataDirectory, PasswordFileName);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        if (File.Exists(path)) File.Delete(path); // UnixCreateMode applies to new files only
        using (var writer = new StreamWriter(path, System.Text.Encoding.UTF8, options))
        {
            writer.WriteLine(password);
        }
        return path;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create the {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
