namespace Cms.Admin;

/// <summary>Authorization policies of the back office pages.</summary>
public static class AdminPolicies
{
    public const string AccessAdmin = "Cms.AccessAdmin";
    public const string ManageUsers = "Cms.ManageUsers";
    public const string ViewAuditTrail = "Cms.ViewAuditTrail";
    public const string ImportExport = "Cms.ImportExport";

    /// <summary>The policy prefix of <see cref="ForPermission"/>, resolved by <see cref="Security.PermissionPolicyProvider"/>.</summary>
    public const string PermissionPrefix = "Cms.Permission:";

    /// <summary>A policy requiring a signed-in user holding <paramref name="permission"/> (a module's own, for example).</summary>
    public static string ForPermission(string permission) => PermissionPrefix + permission;
}
