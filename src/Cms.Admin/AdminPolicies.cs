namespace Cms.Admin;

/// <summary>Authorization policies of the back office pages.</summary>
public static class AdminPolicies
{
    public const string AccessAdmin = "Cms.AccessAdmin";
    public const string ManageUsers = "Cms.ManageUsers";
    public const string ViewAuditTrail = "Cms.ViewAuditTrail";
    public const string ImportExport = "Cms.ImportExport";
    public const string ManageRedirects = "Cms.ManageRedirects";
    public const string ManageTemplates = "Cms.ManageTemplates";
    public const string ManageAdminMenu = "Cms.ManageAdminMenu";
}
