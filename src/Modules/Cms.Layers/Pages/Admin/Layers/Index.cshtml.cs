using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Admin;
using Cms.Layers.Rules;
using Cms.Layers.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Layers.Pages.Admin.Layers;

/// <summary>
/// « Widgets » (permission ManageLayers): the layers with their rules (delete here, add and edit on <c>calque</c>), and
/// per zone of the layout its widgets (latest versions, drafts included) by position: move up or down, remove, and
/// « Ajouter un widget dans la zone … » which creates a draft of the chosen widget type placed in that zone and opens
/// its normal edit page.
/// </summary>
public sealed class IndexModel(LayersManager layers, IContentManager contentManager, IContentQuery query, IContentDefinitionManager definitions) : PageModel
{
    public IReadOnlyList<StoredLayer> Layers { get; private set; } = [];
    public IReadOnlyList<(string Name, string DisplayName)> WidgetTypes { get; private set; } = [];
    public IReadOnlyList<ZoneView> Zones { get; private set; } = [];
    public string? Error { get; private set; }

    public sealed record ZoneView(string Name, IReadOnlyList<WidgetView> Widgets);

    public sealed record WidgetView(ContentItem Item, string TypeDisplayName, Placement Placement);

    public static string Describe(StoredLayer layer)
    {
        try { return RuleText.Describe(RuleJson.ReadRule(layer.LayerRule, layer.Name)); }
        catch (FormatException e) { return "Règle illisible : " + e.Message; }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostDeleteLayerAsync(string name, CancellationToken cancellationToken)
    {
        var error = await layers.DeleteAsync(name, cancellationToken);
        TempData["Message"] = error ?? $"Calque « {name} » supprimé.";
        return Redirect(Startup.AdminPath);
    }

    public async Task<IActionResult> OnPostAddAsync(string zone, string type, string layer, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        zone = zone?.Trim() ?? "";
        if (WidgetTypes.All(t => t.Name != type)) Error = $"« {type} » n'est pas un type de widget.";
        else if (Layers.All(l => l.Name != layer)) Error = "Choisissez le calque du widget (créez-en un d'abord s'il n'y en a aucun).";
        else if (zone.Length == 0 || zone.Length > 100 || !zone.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) Error = $"« {zone} » n'est pas un nom de zone.";
        if (Error is not null) return Page();
        var last = Zones.FirstOrDefault(z => z.Name == zone)?.Widgets.Select(w => w.Placement.Position).DefaultIfEmpty(0).Max() ?? 0;
        var item = await contentManager.NewAsync(type, cancellationToken);
        item.Content[WidgetCatalog.MetadataPart] = new System.Text.Json.Nodes.JsonObject
        {
            ["Layer"] = layer, ["Zone"] = zone, ["Position"] = Math.Floor(last) + 10, ["RenderTitle"] = false,
        };
        try
        {
            item = await contentManager.CreateAsync(item, publish: false, cancellationToken);
        }
        catch (ContentValidationException e)
        {
            Error = $"Le widget n'a pas pu être créé : {e.Message}";
            return Page();
        }
        TempData["Message"] = $"Widget placé dans la zone {zone} (calque « {layer} ») en brouillon : remplissez-le puis publiez-le pour qu'il s'affiche.";
        return Redirect(AdminRoutes.Edit(item.ContentItemId));
    }

    /// <summary>
    /// Moves the widget one place up (<paramref name="direction"/> -1) or down (+1) in its zone: its position goes
    /// between the two widgets around its new place (ten beyond the last), so only the moved widget is written.
    /// </summary>
    public async Task<IActionResult> OnPostMoveAsync(string id, int direction, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var zone = Zones.FirstOrDefault(z => z.Widgets.Any(w => w.Item.ContentItemId == id));
        if (zone is null) return Redirect(Startup.AdminPath);
        var others = zone.Widgets.Where(w => w.Item.ContentItemId != id).Select(w => w.Placement.Position).ToList();
        var index = zone.Widgets.ToList().FindIndex(w => w.Item.ContentItemId == id);
        var target = index + Math.Sign(direction);
        if (direction == 0 || target < 0 || target >= zone.Widgets.Count) return Redirect(Startup.AdminPath);
        // Among the others, the new place is before others[target]: between others[target - 1] and others[target].
        var before = target > 0 ? others[target - 1] : (double?)null;
        var after = target < others.Count ? others[target] : (double?)null;
        var position = (before, after) switch
        {
            ({ } b, { } a) => (a + b) / 2,
            (null, { } a) => a - 10,
            ({ } b, null) => b + 10,
            _ => 0,
        };
        await SetPositionAsync(zone.Widgets[index].Item, position, cancellationToken);
        TempData["Message"] = "Ordre des widgets enregistré.";
        return Redirect(Startup.AdminPath);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id, CancellationToken cancellationToken)
    {
        var item = await contentManager.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null || await WidgetTypeAsync(item.ContentType, cancellationToken) is null) return Redirect(Startup.AdminPath);
        await contentManager.DeleteAsync(id, cancellationToken);
        TempData["Message"] = $"Widget « {item.DisplayText ?? item.ContentType} » retiré.";
        return Redirect(Startup.AdminPath);
    }

    private async Task SetPositionAsync(ContentItem item, double position, CancellationToken cancellationToken)
    {
        item.Part(WidgetCatalog.MetadataPart)["Position"] = position;
        // The latest version moves: published again when it is the published one, saved as a draft otherwise.
        if (item.Published) await contentManager.PublishAsync(item, cancellationToken);
        else await contentManager.SaveDraftAsync(item, cancellationToken);
    }

    private async Task<ContentTypeDefinitionRecord?> WidgetTypeAsync(string type, CancellationToken cancellationToken) =>
        await definitions.GetTypeDefinitionAsync(type, cancellationToken) is { } definition && WidgetCatalog.IsWidget(definition) ? definition : null;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Layers = (await layers.GetAsync(cancellationToken)).Layers;
        var types = (await definitions.ListTypeDefinitionsAsync(cancellationToken)).Where(WidgetCatalog.IsWidget).OrderBy(t => t.DisplayName, StringComparer.CurrentCulture).ToList();
        WidgetTypes = types.Select(t => (t.Name, t.DisplayName.Length > 0 ? t.DisplayName : t.Name)).ToList();
        var widgets = new List<WidgetView>();
        foreach (var type in types)
        {
            await foreach (var item in query.ListAllAsync(new ContentListQuery { ContentType = type.Name, Status = ContentStatus.Latest, Sort = ContentSort.ModifiedAsc, PageSize = 200 }, cancellationToken))
            {
                if (Placement.Of(item) is { } placement) widgets.Add(new WidgetView(item, type.DisplayName.Length > 0 ? type.DisplayName : type.Name, placement));
            }
        }
        var zoneNames = Startup.LayoutZones.Concat(widgets.Select(w => w.Placement.Zone)).Distinct(StringComparer.Ordinal).ToList();
        Zones = zoneNames.Select(z => new ZoneView(z, widgets.Where(w => w.Placement.Zone == z)
            .OrderBy(w => w.Placement.Position).ThenBy(w => w.Item.ContentItemId, StringComparer.Ordinal).ToList())).ToList();
    }
}
