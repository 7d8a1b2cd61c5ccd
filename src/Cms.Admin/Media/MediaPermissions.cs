namespace Cms.Admin.Media;

/// <summary>The authorization policies of the media library (permissions in <see cref="Security.Permissions"/>).</summary>
public static class MediaPolicies
{
    /// <summary>Browse, upload, create folders, pick media in an editor.</summary>
    public const string ManageMedia = "Cms.ManageMedia";
    /// <summary>Delete a file that no content uses.</summary>
    public const string DeleteMedia = "Cms.DeleteMedia";
}
