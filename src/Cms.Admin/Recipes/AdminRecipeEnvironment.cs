using Cms.Abstractions.Recipes;
using Cms.Admin.Users;
using Cms.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cms.Admin.Recipes;

/// <summary>
/// The recipe parameters <c>AdminUserId</c> and <c>AdminUsername</c>: the oldest administrator account, or, before
/// any account exists (the setup recipe), the first administrator about to be created.
/// </summary>
public sealed class AdminRecipeEnvironment(UserManager<CmsUser> users, FirstAdministrator first) : IRecipeEnvironmentProvider
{
    public async Task PopulateAsync(IDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var administrators = await users.GetUsersInRoleAsync(CmsRoles.Administrator);
        var oldest = administrators.OrderBy(u => u.CreatedUtc).FirstOrDefault();
        if (oldest is null && await users.Users.AnyAsync(cancellationToken))
        {
            return;
        }
        environment["AdminUserId"] = oldest?.Id ?? first.UserId;
        environment["AdminUsername"] = oldest?.UserName ?? first.UserName;
    }
}
