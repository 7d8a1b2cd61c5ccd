using System.Security.Claims;
using Cms.Abstractions.Content;
using Microsoft.AspNetCore.Authorization;

namespace Cms.Admin.Security;

/// <summary>The server-side check every back-office action goes through.</summary>
public sealed class ContentAuthorizer(IAuthorizationService authorization)
{
    public async Task<bool> CanAsync(ClaimsPrincipal user, ContentAction action, string contentType, string? ownerId)
    {
        var result = await authorization.AuthorizeAsync(user, null, new ContentPermissionRequirement(action, contentType, ownerId));
        return result.Succeeded;
    }

    public Task<bool> CanAsync(ClaimsPrincipal user, ContentAction action, ContentItem item) =>
        CanAsync(user, action, item.ContentType, item.Owner ?? "");

    public async Task<bool> HasAsync(ClaimsPrincipal user, string permission) =>
        (await authorization.AuthorizeAsync(user, null, new PermissionRequirement(permission))).Succeeded;

    /// <summary>True when the user may see only their own items (no ViewContent on this type or on every type).</summary>
    public async Task<bool> SeesOnlyOwnAsync(ClaimsPrincipal user, string? contentType) =>
        !await CanAsync(user, ContentAction.View, contentType ?? "*", ownerId: "\0");
}
