using Cms.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace Cms.Admin.Security;

/// <summary>Identity asks this before any sign-in (RequireConfirmedAccount): a disabled user is refused.</summary>
public sealed class DisabledUserConfirmation : IUserConfirmation<CmsUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<CmsUser> manager, CmsUser user) => Task.FromResult(!user.Disabled);
}
