using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Cms.Admin.Security;

/// <summary>
/// <paramref name="Action"/> on an item of <paramref name="ContentType"/> owned by <paramref name="OwnerId"/>
/// (null for an item not created yet: the user would own it).
/// </summary>
public sealed record ContentPermissionRequirement(ContentAction Action, string ContentType, string? OwnerId) : IAuthorizationRequirement;

/// <summary>
/// Grants a content action when a role of the user holds the permission for every type or for this type, or the
/// "Own" variant and the user owns the item (or is creating it).
/// </summary>
public sealed class ContentPermissionHandler(RolePermissions roles) : AuthorizationHandler<ContentPermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ContentPermissionRequirement requirement)
    {
        var userRoles = PermissionHandler.RolesOf(context.User).ToList();
        if (userRoles.Count == 0) return Task.CompletedTask;
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var owns = requirement.OwnerId is null || (userId is not null && requirement.OwnerId == userId);

        foreach (var action in Permissions.Implying(requirement.Action))
        {
            if (Holds(userRoles, Permissions.For(action, own: false), requirement.ContentType)
                || (owns && Holds(userRoles, Permissions.For(action, own: true), requirement.ContentType)))
            {
                context.Succeed(requirement);
                break;
            }
        }
        return Task.CompletedTask;
    }

    private bool Holds(List<string> userRoles, string permission, string contentType) =>
        roles.Grants(userRoles, permission) || roles.Grants(userRoles, Permissions.ForType(permission, contentType));
}
