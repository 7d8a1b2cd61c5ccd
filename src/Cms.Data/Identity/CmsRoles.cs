namespace Cms.Data.Identity;

/// <summary>The roles of the back office, in Orchard Core's style.</summary>
public static class CmsRoles
{
    /// <summary>Everything, users included.</summary>
    public const string Administrator = "Administrator";
    /// <summary>Create, edit, publish, unpublish and delete any content.</summary>
    public const string Editor = "Editor";
    /// <summary>Create and edit drafts of their own items; cannot publish or delete.</summary>
    public const string Contributor = "Contributor";

    public static readonly string[] All = [Administrator, Editor, Contributor];
}
