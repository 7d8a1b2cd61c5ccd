using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Display;
using Cms.Display.Themes;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Display.Rendering;

/// <summary>
/// The one display pipeline of parts and fields: for each part of the item's type (in position order) the display
/// driver registered for the part's kind, and for each field of the part's definition (in position order) the driver
/// registered for the field's kind, build shapes (<see cref="Shape"/>). Each shape is rendered with the first template
/// found among its alternates (a site theme overrides any by file name) and placed in its zone at its position (by
/// default the rank of its part or field in the type: 0, 1, 2…; <c>Location("Content:10")</c> moves it). The kind of a field is
/// the one its definition gives; a kind with no driver, or a shape with no template, shows nothing.
/// The content template reads <c>Model.Zones.{Zone}</c>, <c>Model.Parts</c> (the <c>Content</c> zone, in order) and
/// <c>Model.Shapes["{name}"]</c>.
/// </summary>
public sealed class ContentShapeBuilder(TemplateStore templates, ContentKindCatalog kinds, IEnumerable<ShapePlacementOptions> placementOptions)
{
    // Registered only once a module adds a rule.
    private readonly ShapePlacementOptions _placement = placementOptions.FirstOrDefault() ?? new ShapePlacementOptions();

    public sealed record Result(List<string> Ordered, Dictionary<string, object?> ByName, Dictionary<string, List<string>> Zones);

    public async Task<Result> BuildAsync(
        ContentItem item, string displayType, IDictionary<string, object?> contentModel, PageMeta meta,
        IContentDefinitionManager? definitions, IServiceProvider services,
        Func<LoadedTemplate, object, Task<string>> render, Func<IEnumerable<string>, Task<IReadOnlyList<ContentItem>>> loadItems,
        Func<ContentItem, Task<string>> renderNested, CancellationToken cancellationToken)
    {
        var placed = new List<(Shape Shape, string Zone, string? Position, int Order)>();
        var type = definitions is null ? null : await definitions.GetTypeDefinitionAsync(item.ContentType, cancellationToken);
        foreach (var typePart in (type?.ContentTypePartDefinitionRecords ?? [])
                     .OrderBy(r => Position(r.Settings.Get<ContentTypePartSettings>().Position)))
        {
            var partJson = item.GetPart(typePart.Name);
            var label = typePart.Settings.Get<ContentTypePartSettings>().DisplayName;
            ContentDisplayContext Context(ContentKind kind, string? fieldName, JsonObject? value, JsonObject settings) => new()
            {
                Item = item, DisplayType = displayType, Kind = kind, PartName = typePart.Name, FieldName = fieldName,
                Value = value ?? new JsonObject(), Settings = settings, Content = contentModel, Meta = meta,
                Label = fieldName is null ? label : settings.Get<ContentPartFieldSettings>().DisplayName,
                LoadItemsAsync = loadItems, RenderItemAsync = renderNested, CancellationToken = cancellationToken,
            };

            if (kinds.Part(typePart.PartName) is { DisplayDriverType: { } partDriver } partKind && partJson is not null)
            {
                await PlaceAsync(services, partDriver, Context(partKind, null, partJson, typePart.Settings), placed);
            }
            var partDefinition = definitions is null ? null : await definitions.GetPartDefinitionAsync(typePart.PartName, cancellationToken);
            if (partDefinition is null || partJson is null) continue;
            foreach (var field in partDefinition.ContentPartFieldDefinitionRecords
                         .OrderBy(f => Position(f.Settings.Get<ContentPartFieldSettings>().Position)))
            {
                if (kinds.Field(field.FieldName) is not { DisplayDriverType: { } fieldDriver } fieldKind) continue;
                if (partJson[field.Name] is not JsonObject fieldJson) continue;
                await PlaceAsync(services, fieldDriver, Context(fieldKind, field.Name, fieldJson, field.Settings), placed);
            }
        }

        // Parts welded on the item without its type naming them (Orchard's ContainedPart, TermPart): shown by their kind's driver, after the type's.
        foreach (var kind in kinds.Parts)
        {
            if (kind.DisplayDriverType is not { } weldedDriver || item.GetPart(kind.Name) is not { } weldedJson) continue;
            if (type is not null && type.ContentTypePartDefinitionRecords.Any(p => p.Name == kind.Name)) continue;
            await PlaceAsync(services, weldedDriver, new ContentDisplayContext
            {
                Item = item, DisplayType = displayType, Kind = kind, PartName = kind.Name, Value = weldedJson,
                Settings = new JsonObject(), Content = contentModel, Meta = meta, LoadItemsAsync = loadItems,
                RenderItemAsync = renderNested, CancellationToken = cancellationToken,
            }, placed);
        }

        var ordered = new List<string>();
        var byName = new Dictionary<string, object?>(StringComparer.Ordinal);
        var zones = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (shape, zone, _, _) in placed.OrderBy(p => p.Zone, StringComparer.Ordinal)
                     .ThenBy(p => p.Position, Comparer<string?>.Create(Shape.ComparePositions)).ThenBy(p => p.Order))
        {
            var template = templates.Find(shape.Alternates);
            if (template is null) continue;
            var html = (await render(template, shape.Model)).Trim();
            byName[shape.Name] = html;
            if (html.Length == 0) continue;
            if (!zones.TryGetValue(zone, out var list)) zones[zone] = list = [];
            list.Add(html);
            if (zone == Shape.DefaultZone) ordered.Add(html);
        }
        return new Result(ordered, byName, zones);
    }

    private async Task PlaceAsync(IServiceProvider services, Type driverType, ContentDisplayContext context,
        List<(Shape, string, string?, int)> placed)
    {
        var contentType = context.Item.ContentType;
        // A shape hidden by a placement rule costs nothing: its driver is not called.
        if (_placement.Find(context.ShapeName, contentType, context.DisplayType)?.Location == ShapePlacementRule.Hidden) return;
        var driver = (IContentDisplayDriver)services.GetRequiredService(driverType);
        foreach (var shape in await driver.DisplayAsync(context))
        {
            var placement = shape.PlacementFor(context.DisplayType);
            if (_placement.Find(shape.Name, contentType, context.DisplayType) is { } rule)
            {
                if (rule.Location == ShapePlacementRule.Hidden) continue;
                placement = Shape.ParseLocation(rule.Location);
            }
            if (placement is { } p)
            {
                // Without a position, a shape keeps the order of its part or field in the type (0, 1, 2…).
                placed.Add((shape, p.Zone, p.Position ?? placed.Count.ToString(CultureInfo.InvariantCulture), placed.Count));
            }
        }
    }

    private static double Position(string? position) =>
        double.TryParse(position, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : double.MaxValue;
}
