using System.Text.Json.Nodes;

namespace Cms.AdminMenu.Services;

/// <summary>
/// The admin menus as Orchard's recipe gives them (<c>{ Id, Name, Enabled, MenuItems: [ nodes ] }</c>), kept whole so
/// that nodes of kinds we do not show stay as they were.
/// </summary>
public sealed class AdminMenuDocument
{
    public const string DocumentName = "AdminMenu";

    public List<JsonObject> Menus { get; set; } = [];
}
