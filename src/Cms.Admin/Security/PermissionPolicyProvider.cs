using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Cms.Admin.Security;

/// <summary>
/// The policies named <see cref="AdminPolicies.ForPermission"/> (<c>Cms.Permission:ManageRedirects</c>), built on
/// demand so that a module's pages can require its own permission without the core declaring a policy for it.
/// </summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(AdminPolicies.PermissionPrefix, StringComparison.Ordinal))
        {
            return await base.GetPolicyAsync(policyName);
        }
        return await base.GetPolicyAsync(policyName) ?? new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName[AdminPolicies.PermissionPrefix.Length..]))
            .Build();
    }
}
