namespace Cms.Redirects;

/// <summary>The module's back-office address and permission.</summary>
public static class RedirectRoutes
{
    /// <summary>« Redirections » in the back office.</summary>
    public const string Admin = "/admin/redirections";

    /// <summary>Orchard-style permission name of the « Redirections » pages.</summary>
    public const string Permission = "ManageRedirects";
}
