using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Editing;
using Cms.Admin.Editors;
using Cms.Flows.Models;

namespace Cms.Flows.Editors;

/// <summary>
/// FlowPart in the edit form, without JavaScript: the widgets in order, each with its alignment and size selects and
/// its own parts' and fields' editors (form keys under <c>{flow}[i].</c>, e.g. <c>FlowPart[0].Paragraph.Content.Html</c>),
/// « Monter », « Descendre », « Supprimer », and « Ajouter un widget » with the choice of widget types. The buttons are
/// submit buttons named <c>bag-action</c> (as BagPart's) whose value is <c>{flow}|add</c> (the type chosen in
/// <c>{flow}.NewWidget</c>), <c>{flow}|up|i</c>, <c>{flow}|down|i</c>, <c>{flow}|remove|i</c>: the form comes back with the
/// flow rearranged and nothing saved. A nested flow (a <c>Container</c> widget's) works the same under its prefix.
/// </summary>
public sealed class FlowPartEditor(FlowWidgetTypes types, ContentEditorUpdater updater) : IContentEditor
{
    public const string ActionName = "bag-action";

    public string View => "/Editors/_FlowPart.cshtml";

    public async Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        var existing = FlowPart.Widgets(target).GroupBy(w => w.ContentItemId).ToDictionary(g => g.Key, g => g.First());
        var allowed = (await types.AllowedAsync(element.Settings, context.CancellationToken)).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var widgets = new List<ContentItem>();
        foreach (var index in context.Values(element.Key("Widgets")))
        {
            if (!int.TryParse(index, out var i) || i < 0) continue;
            var prefix = $"{element.Prefix}[{i}]";
            var id = context.Text(prefix + ".ContentItemId");
            ContentItem widget;
            if (id is not null && existing.TryGetValue(id, out var found))
            {
                widget = found; // a stored widget keeps its type, even one the settings no longer offer
            }
            else
            {
                var typeName = context.Text(prefix + ".ContentType") ?? "";
                if (!allowed.Contains(typeName))
                {
                    context.Error(element.Prefix, $"« {element.Label} » ne peut pas contenir de widget de type « {typeName} ».");
                    continue;
                }
                widget = ContentEditorUpdater.NewNested(typeName, id);
            }
            await updater.ApplyNestedAsync(widget, prefix + ".", context);
            ReadMetadata(widget, prefix, context);
            widgets.Add(widget);
        }
        if (context.Text(ActionName) is { } action && action.StartsWith(element.Prefix + "|", StringComparison.Ordinal))
        {
            Apply(action[(element.Prefix.Length + 1)..], element, widgets, allowed, context);
        }
        FlowPart.SetWidgets(target, widgets);
    }

    /// <summary>The alignment and size posted for the widget; a value the selects do not offer keeps the stored one.</summary>
    private static void ReadMetadata(ContentItem widget, string prefix, EditorUpdateContext context)
    {
        var stored = FlowMetadata.Of(widget);
        var alignment = FlowMetadata.ParseAlignment(JsonValue.Create(context.Text(prefix + ".FlowMetadata.Alignment"))) ?? stored.Alignment;
        var size = int.TryParse(context.Text(prefix + ".FlowMetadata.Size"), out var s) && FlowMetadata.Sizes.Contains(s) ? s : stored.Size;
        if (widget.GetPart(FlowMetadata.PartName) is null || stored != new FlowMetadata(alignment, size))
        {
            new FlowMetadata(alignment, size).WriteTo(widget);
        }
    }

    /// <summary>A button's action (<c>add</c> with the type chosen in <c>{flow}.NewWidget</c>, <c>up|i</c>, <c>down|i</c>, <c>remove|i</c>), as BagPart's.</summary>
    private static void Apply(string action, EditorElement element, List<ContentItem> widgets, HashSet<string> allowed, EditorUpdateContext context)
    {
        var parts = action.Split('|');
        var verb = parts[0];
        var argument = verb == "add" ? context.Text(element.Key("NewWidget")) ?? "" : parts.Length == 2 ? parts[1] : "";
        if (verb == "add" && argument.Length == 0)
        {
            context.Error(element.Prefix, "Choisissez le type du widget à ajouter.");
            return;
        }
        var count = widgets.Count;
        if (BagActions.ApplyTo(widgets, verb, argument, element.Label, allowed) is { } error)
        {
            context.Error(element.Prefix, error);
        }
        else if (widgets.Count > count)
        {
            FlowMetadata.Default.WriteTo(widgets[^1]);
        }
    }
}
