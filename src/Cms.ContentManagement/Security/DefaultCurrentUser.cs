using System.Security.Claims;
using Cms.Abstractions.Security;
using Microsoft.AspNetCore.Http;

namespace Cms.ContentManagement.Security;

/// <summary>The signed-in user of the current HTTP request; otherwise (commands, recipes, background work) "system".</summary>
public sealed class DefaultCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public const string SystemUserName = "system";

    private ClaimsPrincipal? User =>
        accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public string? UserId => User is { } user ? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name : null;

    public string? UserName => User is { } user ? user.Identity?.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier) : SystemUserName;
}
