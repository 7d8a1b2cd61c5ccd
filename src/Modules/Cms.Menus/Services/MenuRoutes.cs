namespace Cms.Menus.Services;

/// <summary>The menu editor's address in the back office.</summary>
public static class MenuRoutes
{
    public static string Edit(string id) => $"/admin/menus/{Uri.EscapeDataString(id)}";
}
