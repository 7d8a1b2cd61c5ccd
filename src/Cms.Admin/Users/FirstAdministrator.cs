using Microsoft.Extensions.Configuration;

namespace Cms.Admin.Users;

/// <summary>
/// Who the first administrator is before the account exists: the setup recipe runs before the account is created
/// (as in Orchard Core's setup), so its <c>AdminUserId</c> is chosen here once per process and the account is then
/// created with it.
/// </summary>
public sealed class FirstAdministrator(IConfiguration configuration)
{
    public string UserId { get; } = Guid.NewGuid().ToString();

    /// <summary><c>Cms:Admin:UserName</c>, or <c>admin</c>.</summary>
    public string UserName => configuration["Cms:Admin:UserName"] is { Length: > 0 } name && !string.IsNullOrWhiteSpace(name) ? name : "admin";
}
