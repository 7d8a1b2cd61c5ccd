namespace Cms.Abstractions.Security;

/// <summary>Who is acting: the signed-in user in a request, or the system (commands, recipes, background work).</summary>
public interface ICurrentUser
{
    string? UserId { get; }
    string? UserName { get; }
}
