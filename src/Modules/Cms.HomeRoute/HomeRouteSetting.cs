using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Settings;

namespace Cms.HomeRoute;

/// <summary>
/// The site setting <c>HomeRoute</c>, in Orchard Core's shape: <c>{ "Area": "OrchardCore.Contents", "Controller": "Item",
/// "Action": "Display", "ContentItemId": "…" }</c>. The recipe <c>settings</c> step keeps it in
/// <see cref="SiteSettings.Extra"/> as its JSON text; only the item display route is understood.
/// </summary>
public static class HomeRouteSetting
{
    public const string Key = "HomeRoute";

    /// <summary>The id of the item to show at <c>/</c>, or null when the setting is absent or names another route.</summary>
    public static string? ContentItemId(SiteSettings settings)
    {
        if (!settings.Extra.TryGetValue(Key, out var text) || string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            if (JsonNode.Parse(text) is not JsonObject route) return null;
            string? Value(string name) =>
                route.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            var action = Value("Action");
            if (action is not null && !string.Equals(action, "Display", StringComparison.OrdinalIgnoreCase)) return null;
            return Value("ContentItemId") is { Length: > 0 } id ? id : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Makes the published item <paramref name="contentItemId"/> the home page, in Orchard's shape; null removes the setting.</summary>
    public static void Set(SiteSettings settings, string? contentItemId)
    {
        if (contentItemId is null)
        {
            settings.Extra.Remove(Key);
            return;
        }
        settings.Extra[Key] = new JsonObject
        {
            ["Area"] = "OrchardCore.Contents",
            ["Controller"] = "Item",
            ["Action"] = "Display",
            ["ContentItemId"] = contentItemId,
        }.ToJsonString();
    }
}
