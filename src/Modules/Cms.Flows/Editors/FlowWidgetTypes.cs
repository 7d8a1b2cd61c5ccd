using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Editing;
using Cms.Admin.Editors;
using Cms.Flows.Models;

namespace Cms.Flows.Editors;

/// <summary>One widget of a flow in the edit form: its position, identity, metadata and its own parts' and fields' editors.</summary>
public sealed record FlowWidgetEditor(
    int Position, string Prefix, string ContentItemId, string ContentType, string TypeDisplayName, FlowMetadata Metadata,
    IReadOnlyList<EditorElement> Elements);

/// <summary>
/// What the flow's editor needs from the definitions: the widget types a flow may hold (types with the <c>Widget</c>
/// stereotype, limited to <see cref="FlowPartSettings.ContainedContentTypes"/> when the type's FlowPart names some, as
/// Orchard's) and each widget's editors, built by the back office from the widget's own type (prefix <c>{flow}[i].</c>).
/// </summary>
public sealed class FlowWidgetTypes(IContentDefinitionManager definitions, ContentEditorBuilder builder)
{
    /// <summary>The widget types <paramref name="typePartSettings"/> allow, in the definitions' order, with their display names.</summary>
    public async Task<IReadOnlyList<(string Name, string DisplayName)>> AllowedAsync(JsonObject typePartSettings, CancellationToken cancellationToken = default)
    {
        var contained = typePartSettings.Get<FlowPartSettings>().ContainedContentTypes ?? [];
        var types = await definitions.ListTypeDefinitionsAsync(cancellationToken);
        return types
            .Where(t => t.Settings.Get<ContentTypeSettings>().Stereotype == FlowPart.WidgetStereotype)
            .Where(t => contained.Length == 0 || contained.Contains(t.Name, StringComparer.Ordinal))
            .Select(t => (t.Name, string.IsNullOrWhiteSpace(t.DisplayName) ? t.Name : t.DisplayName))
            .ToList();
    }

    /// <summary>The editors of the widgets of the flow <paramref name="flow"/> (its JSON as being edited), in order.</summary>
    public async Task<List<FlowWidgetEditor>> EditorsAsync(EditorElement flow, CancellationToken cancellationToken = default)
    {
        var result = new List<FlowWidgetEditor>();
        var widgets = FlowPart.Widgets(flow.Value);
        for (var i = 0; i < widgets.Count; i++)
        {
            var widget = widgets[i];
            var prefix = $"{flow.Prefix}[{i}]";
            var type = await definitions.GetTypeDefinitionAsync(widget.ContentType, cancellationToken);
            result.Add(new FlowWidgetEditor(i, prefix, widget.ContentItemId, widget.ContentType,
                string.IsNullOrWhiteSpace(type?.DisplayName) ? widget.ContentType : type.DisplayName,
                FlowMetadata.Of(widget), await builder.BuildNestedAsync(widget, prefix + ".", cancellationToken)));
        }
        return result;
    }
}
