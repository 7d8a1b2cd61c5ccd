using Microsoft.AspNetCore.Identity;

namespace Cms.Data.Identity;

/// <summary>A back-office user (ASP.NET Core Identity, stored by <c>CmsDbContext</c>).</summary>
public class CmsUser : IdentityUser
{
    public string? DisplayName { get; set; }
    /// <summary>A disabled user cannot sign in; their items and history stay.</summary>
    public bool Disabled { get; set; }
    public DateTime CreatedUtc { get; set; }
}
