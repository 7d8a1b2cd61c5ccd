using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Editing;
using Cms.Layers.Services;

namespace Cms.Layers.Editors;

/// <summary>Orchard's <c>LayerMetadata</c> part kind: a widget's layer, zone, position and whether its title shows.</summary>
public sealed class LayerMetadata
{
    public string? Layer { get; set; }
    public string? Zone { get; set; }
    public double Position { get; set; }
    public bool RenderTitle { get; set; }
}

/// <summary>« Emplacement du widget »: calque, zone, position, titre affiché; a placed widget needs a layer and a zone.</summary>
public sealed class LayerMetadataEditor : IContentEditor
{
    public string View => "/Editors/_LayerMetadata.cshtml";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        var layer = context.Text(element.Key("Layer"));
        var zone = context.Text(element.Key("Zone"));
        if (layer is null) context.Error(element.Prefix, "« Calque » : choisissez le calque qui décide des pages où le widget s'affiche.");
        if (zone is null) context.Error(element.Prefix, "« Zone » : indiquez la zone de la mise en page (par exemple « Footer »).");
        else if (zone.Length > 100 || !zone.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) context.Error(element.Prefix, $"« Zone » : « {zone} » n'est pas un nom de zone (lettres sans accent, chiffres, - et _).");
        var positionText = context.Text(element.Key("Position"));
        var position = 0d;
        if (positionText is not null && !double.TryParse(positionText.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out position))
        {
            context.Error(element.Prefix, $"« Position » : « {positionText} » n'est pas un nombre.");
        }
        target["Layer"] = layer;
        target["Zone"] = zone;
        target["Position"] = position;
        target["RenderTitle"] = context.Text(element.Key("RenderTitle")) is "true" or "on";
        return Task.CompletedTask;
    }
}

/// <summary>A widget that holds a placement (<c>LayerMetadata</c>) shows it in its edit form, after its own parts.</summary>
public sealed class LayerMetadataEditorSource : IEditorPartSource
{
    public IEnumerable<EditorPart> PartsFor(ContentTypeDefinitionRecord type, ContentItem item) =>
        WidgetCatalog.IsWidget(type) && item.Has(WidgetCatalog.MetadataPart)
            ? [new EditorPart(WidgetCatalog.MetadataPart, nameof(LayerMetadata), "Emplacement du widget", "Le calque décide des pages où le widget s'affiche ; la zone, de l'endroit de la page ; les widgets d'une zone s'affichent par position croissante.")]
            : [];
}
