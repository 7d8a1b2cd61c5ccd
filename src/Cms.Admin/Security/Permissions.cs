namespace Cms.Admin.Security;

/// <summary>
/// The permissions of the back office, named as in Orchard Core. Content permissions exist in two forms: for
/// every type (<c>EditContent</c>) and for one type (<c>EditContent_Event</c>); the former implies the latter.
/// The "Own" variants apply only to items whose <c>Owner</c> is the user. Modules add theirs with
/// <c>services.AddPermission(…)</c> (Cms.Abstractions.Security).
/// </summary>
public static class Permissions
{
    public const string AccessAdminPanel = "AccessAdminPanel";
    public const string ManageUsers = "ManageUsers";
    public const string ViewAuditTrail = "ViewAuditTrail";
    /// <summary>« Gérer les médias »: browse the media library, upload, create folders, pick a media file.</summary>
    public const string ManageMedia = "ManageMedia";
    /// <summary>« Supprimer des médias »: delete a file that no content item uses.</summary>
    public const string DeleteMedia = "DeleteMedia";
    /// <summary>« Importer et exporter »: recipes and Markdown archives from the browser, recipe and Jekyll exports.</summary>
    public const string ImportExport = "ImportExport";
    /// <summary>« Gérer les paramètres du site » (Orchard's name): the « Paramètres du site » page.</summary>
    public const string ManageSettings = "ManageSettings";

    public const string ViewContent = "ViewContent";
    public const string ViewOwnContent = "ViewOwnContent";
    public const string EditContent = "EditContent";
    public const string EditOwnContent = "EditOwnContent";
    public const string PublishContent = "PublishContent";
    public const string PublishOwnContent = "PublishOwnContent";
    public const string DeleteContent = "DeleteContent";
    public const string DeleteOwnContent = "DeleteOwnContent";

    /// <summary>The permission of <paramref name="action"/> on any item, or on the user's own items.</summary>
    public static string For(ContentAction action, bool own) => (action, own) switch
    {
        (ContentAction.View, false) => ViewContent,
        (ContentAction.View, true) => ViewOwnContent,
        (ContentAction.Edit, false) => EditContent,
        (ContentAction.Edit, true) => EditOwnContent,
        (ContentAction.Publish, false) => PublishContent,
        (ContentAction.Publish, true) => PublishOwnContent,
        (ContentAction.Delete, false) => DeleteContent,
        (ContentAction.Delete, true) => DeleteOwnContent,
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    /// <summary>The same permission restricted to one content type, e.g. <c>EditContent_Event</c>.</summary>
    public static string ForType(string permission, string contentType) => $"{permission}_{contentType}";

    /// <summary>Permissions that imply <paramref name="action"/> (editing implies viewing, publishing or deleting implies nothing else).</summary>
    public static IEnumerable<ContentAction> Implying(ContentAction action) => action switch
    {
        ContentAction.View => [ContentAction.View, ContentAction.Edit, ContentAction.Publish, ContentAction.Delete],
        _ => [action],
    };
}
