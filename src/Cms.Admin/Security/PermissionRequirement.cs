using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Cms.Admin.Security;

/// <summary>A permission that is not about one content item (the panel, users, audit trail).</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

public sealed class PermissionHandler(RolePermissions roles) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (roles.Grants(RolesOf(context.User), requirement.Permission))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }

    internal static IEnumerable<string> RolesOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? user.FindAll(ClaimTypes.Role).Select(c => c.Value)
            : [];
}
