using System.Text.Json.Nodes;
using Cms.Abstractions.Content;

namespace Cms.Flows.Models;

/// <summary>
/// Orchard Core's <c>FlowPart</c>: <c>{ "Widgets": [ full nested content items ] }</c>, each widget an item of a type
/// with the <c>Widget</c> stereotype carrying its <see cref="FlowMetadata"/>. Read through these helpers, no class model.
/// </summary>
public static class FlowPart
{
    public const string TypeName = "FlowPart";
    public const string WidgetsProperty = "Widgets";
    /// <summary>The stereotype of the types a flow may hold (<c>ContentTypeSettings.Stereotype</c>).</summary>
    public const string WidgetStereotype = "Widget";

    /// <summary>The widgets of a FlowPart's JSON, in order (copies).</summary>
    public static List<ContentItem> Widgets(JsonObject? part) =>
        part?[WidgetsProperty] is JsonArray array ? array.OfType<JsonObject>().Select(ContentItem.FromJson).ToList() : [];

    /// <summary>Replaces the widgets of a FlowPart's JSON.</summary>
    public static void SetWidgets(JsonObject part, IEnumerable<ContentItem> widgets) =>
        part[WidgetsProperty] = new JsonArray(widgets.Select(w => (JsonNode)w.ToJson()).ToArray());
}

/// <summary>Settings of a FlowPart in a type (Orchard's <c>FlowPartSettings</c>): the widget types it may hold, all when empty.</summary>
public sealed class FlowPartSettings
{
    public string[] ContainedContentTypes { get; set; } = [];
}
