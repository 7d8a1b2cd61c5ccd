namespace Cms.Admin;

/// <summary>The URLs of the back office, in French, all under <c>/admin</c>.</summary>
public static class AdminRoutes
{
    public const string Root = "/admin";
    public const string Login = "/admin/connexion";
    public const string Logout = "/admin/deconnexion";
    /// <summary>Where signed-in users change their own password.</summary>
    public const string OwnPassword = "/admin/mot-de-passe";
    public const string AccessDenied = "/admin/acces-refuse";
    public const string Assets = "/admin/ressources";
    public const string Users = "/admin/utilisateurs";
    public const string AuditTrail = "/admin/journal";
    public const string MarkdownPreview = "/admin/apercu-markdown";
    public const string PickerSearch = "/admin/contenus/recherche";
    public const string Media = "/admin/medias";
    public const string MediaUpload = "/admin/medias/televerser";
    public const string MediaThumbnail = "/admin/medias/vignette";

    public static string MediaFolder(string folder) => folder.Length == 0 ? Media : $"{Media}?dossier={Uri.EscapeDataString(folder)}";
    public static string MediaDelete(string path) => $"{Media}/supprimer?chemin={Uri.EscapeDataString(path)}";
    public static string Thumbnail(string path) => $"{MediaThumbnail}?chemin={Uri.EscapeDataString(path)}";
    /// <summary>« Paramètres du site »: the sections registered by the core and the modules.</summary>
    public const string Settings = "/admin/parametres";
    public const string Import = "/admin/import";
    public const string Export = "/admin/export";

    public static string Create(string type) => $"/admin/contenus/nouveau/{Uri.EscapeDataString(type)}";
    public static string Edit(string id) => $"/admin/contenus/{Uri.EscapeDataString(id)}";
    public static string History(string id) => $"/admin/contenus/{Uri.EscapeDataString(id)}/historique";
    public static string Compare(string id, string from, string to) =>
        $"/admin/contenus/{Uri.EscapeDataString(id)}/comparer?de={Uri.EscapeDataString(from)}&a={Uri.EscapeDataString(to)}";
    public static string Preview(string id) => $"/admin/contenus/{Uri.EscapeDataString(id)}/apercu";
    /// <summary>The preview in a frame, at mobile, tablet or desktop width.</summary>
    public static string PreviewWidths(string id, string? width = null) =>
        $"/admin/contenus/{Uri.EscapeDataString(id)}/previsualiser" + (width is null ? "" : "?largeur=" + Uri.EscapeDataString(width));
    /// <summary>Where the edit form posts its automatic saves.</summary>
    public static string Autosave(string id) => $"/admin/contenus/{Uri.EscapeDataString(id)}?handler=Autosave";
    /// <summary>The item's shareable preview links: create, list, revoke.</summary>
    public static string Share(string id) => $"/admin/contenus/{Uri.EscapeDataString(id)}/partage";
    public static string Delete(string id) => $"/admin/contenus/{Uri.EscapeDataString(id)}/supprimer";
    public static string Markdown(string id) => $"/admin/contenus/{Uri.EscapeDataString(id)}/markdown";
    public static string User(string id) => $"/admin/utilisateurs/{Uri.EscapeDataString(id)}";
}
