using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Display;
using Cms.Display.Themes;

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
public sealed class ContentShapeBuilder(TemplateStore templates, ContentKindCatalog kinds, IEnumerable<ShapePlacementOptions> placementOptions,
    DisplayPlanOptions? planOptions = null, KeptShapes? keptShapes = null)
{
    private readonly DisplayPlanOptions _planOptions = planOptions ?? new DisplayPlanOptions();
    private readonly ConditionalWeakTable<ContentDefinitionRecord, ConcurrentDictionary<string, TypePlan>> _plans = new();
    // Registered only once a module adds a rule.
    private readonly ShapePlacementOptions _placement = placementOptions.FirstOrDefault() ?? new ShapePlacementOptions();

    public sealed record Result(List<string> Ordered, Dictionary<string, object?> ByName, Dictionary<string, List<string>> Zones);

    /// <param name="render">A shape's template rendered with its model: the HTML, trimmed (white space at either end removed).</param>
    public async Task<Result> BuildAsync(
        ContentItem item, string displayType, IDictionary<string, object?> contentModel, PageMeta meta,
        IContentDefinitionManager? definitions, DisplayDrivers drivers,
        Func<LoadedTemplate, object, Task<string>> render, Func<IEnumerable<string>, Task<IReadOnlyList<ContentItem>>> loadItems,
        Func<ContentItem, Task<string>> renderNested, CancellationToken cancellationToken)
    {
        var placed = new List<(Shape Shape, string Zone, string? Position, int Order)>();
        var plan = definitions is null ? null : await PlanAsync(item.ContentType, definitions, cancellationToken);
        foreach (var typePart in plan?.Parts ?? [])
        {
            var partJson = item.GetPart(typePart.Name);
            if (partJson is null) continue;
            ContentDisplayContext Context(ContentKind kind, string? fieldName, JsonObject? value, JsonObject settings, string? label) => new()
            {
                Item = item, DisplayType = displayType, Kind = kind, PartName = typePart.Name, FieldName = fieldName,
                Value = value ?? new JsonObject(), Settings = settings, Content = contentModel, Meta = meta,
                Label = label, LoadItemsAsync = loadItems, RenderItemAsync = renderNested, CancellationToken = cancellationToken,
            };

            // A shape hidden by a placement rule costs nothing: neither its context nor its driver is made.
            if (kinds.Part(typePart.PartName) is { DisplayDriverType: { } partDriver } partKind
                && !IsHidden(typePart.Name, item.ContentType, displayType))
            {
                await PlaceAsync(drivers, partDriver, Context(partKind, null, partJson, typePart.Settings, typePart.Label), placed);
            }
            foreach (var field in typePart.Fields)
            {
                if (kinds.Field(field.FieldName) is not { DisplayDriverType: { } fieldDriver } fieldKind) continue;
                if (partJson[field.Name] is not JsonObject fieldJson) continue;
                if (IsHidden(field.ShapeName, item.ContentType, displayType)) continue;
                await PlaceAsync(drivers, fieldDriver, Context(fieldKind, field.Name, fieldJson, field.Settings, field.Label), placed);
            }
        }

        // Parts welded on the item without its type naming them (Orchard's ContainedPart, TermPart): shown by their kind's driver, after the type's.
        foreach (var kind in kinds.Parts)
        {
            if (kind.DisplayDriverType is not { } weldedDriver || item.GetPart(kind.Name) is not { } weldedJson) continue;
            if (plan is { Known: true } && plan.Parts.Any(p => p.Name == kind.Name)) continue;
            if (IsHidden(kind.Name, item.ContentType, displayType)) continue;
            await PlaceAsync(drivers, weldedDriver, new ContentDisplayContext
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
            var html = await RenderAsync(template, shape, render);
            byName[shape.Name] = html;
            if (html.Length == 0) continue;
            if (!zones.TryGetValue(zone, out var list)) zones[zone] = list = [];
            list.Add(html);
            if (zone == Shape.DefaultZone) ordered.Add(html);
        }
        return new Result(ordered, byName, zones);
    }

    /// <summary>The shape's HTML: kept with its kept values when its template reads nothing else (<see cref="KeptShapes"/>).</summary>
    private async Task<string> RenderAsync(LoadedTemplate template, Shape shape, Func<LoadedTemplate, object, Task<string>> render)
    {
        // Read before the model: reading it copies the values in and the shape is no longer kept.
        if (shape.KeptValues is not { } values || keptShapes is null || !keptShapes.Keeps(template, values))
        {
            return await render(template, shape.Model);
        }
        if (keptShapes.TryGet(template, values, out var kept)) return kept!;
        var html = await render(template, shape.Model);
        keptShapes.Store(template, values, html);
        return html;
    }

    /// <summary>Whether a placement rule hides the shape: its display context is not even made, nor its driver called.</summary>
    private bool IsHidden(string shapeName, string contentType, string displayType) =>
        _placement.Find(shapeName, contentType, displayType)?.Location == ShapePlacementRule.Hidden;

    private async Task PlaceAsync(DisplayDrivers drivers, Type driverType, ContentDisplayContext context,
        List<(Shape, string, string?, int)> placed)
    {
        var contentType = context.Item.ContentType;
        var driver = drivers.Get(driverType);
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

    /// <summary>The parts of a type and the fields of each, in display order, with their labels and settings.</summary>
    private sealed record TypePlan(bool Known, IReadOnlyList<PartPlan> Parts);

    private sealed record PartPlan(string Name, string PartName, string? Label, JsonObject Settings, IReadOnlyList<FieldPlan> Fields);

    /// <param name="ShapeName">The field's shape name, <c>{Part}-{Field}</c>.</param>
    private sealed record FieldPlan(string Name, string FieldName, string? Label, JsonObject Settings, string ShapeName);

    /// <summary>
    /// The display order of a type, read once per definitions snapshot (<see cref="IContentDefinitionManager.GetSnapshotAsync"/>:
    /// a new one after every change of the definitions, so a plan is never stale) instead of copying the type and
    /// part definitions and reading their settings for each item rendered. Off (<see cref="DisplayPlanOptions.Enabled"/>):
    /// read from copies for each item, as before. The settings handed to the drivers are the shared snapshot's: read only.
    /// </summary>
    private async Task<TypePlan> PlanAsync(string contentType, IContentDefinitionManager definitions, CancellationToken cancellationToken)
    {
        if (!_planOptions.Enabled) return await ReadPlanAsync(contentType, definitions.GetTypeDefinitionAsync, definitions.GetPartDefinitionAsync, cancellationToken);
        var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
        var plans = _plans.GetValue(snapshot, _ => new ConcurrentDictionary<string, TypePlan>(StringComparer.Ordinal));
        if (plans.TryGetValue(contentType, out var plan)) return plan;
        plan = await ReadPlanAsync(contentType,
            (name, _) => Task.FromResult(snapshot.ContentTypes.FirstOrDefault(t => t.Name == name)),
            (name, _) => Task.FromResult(snapshot.ContentParts.FirstOrDefault(p => p.Name == name)),
            cancellationToken);
        return plans.GetOrAdd(contentType, plan);
    }

    private static async Task<TypePlan> ReadPlanAsync(string contentType,
        Func<string, CancellationToken, Task<ContentTypeDefinitionRecord?>> getType,
        Func<string, CancellationToken, Task<ContentPartDefinitionRecord?>> getPart, CancellationToken cancellationToken)
    {
        var type = await getType(contentType, cancellationToken);
        if (type is null) return new TypePlan(false, []);
        var parts = new List<PartPlan>();
        foreach (var typePart in type.ContentTypePartDefinitionRecords
                     .OrderBy(r => Position(r.Settings.Get<ContentTypePartSettings>().Position)))
        {
            var partDefinition = await getPart(typePart.PartName, cancellationToken);
            var fields = (partDefinition?.ContentPartFieldDefinitionRecords ?? [])
                .OrderBy(f => Position(f.Settings.Get<ContentPartFieldSettings>().Position))
                .Select(f => new FieldPlan(f.Name, f.FieldName, f.Settings.Get<ContentPartFieldSettings>().DisplayName, f.Settings, $"{typePart.Name}-{f.Name}"))
                .ToList();
            parts.Add(new PartPlan(typePart.Name, typePart.PartName, typePart.Settings.Get<ContentTypePartSettings>().DisplayName, typePart.Settings,
                partDefinition is null ? [] : fields));
        }
        return new TypePlan(true, parts);
    }

    private static double Position(string? position) =>
        double.TryParse(position, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : double.MaxValue;
}

/// <summary><c>Cms:DisplayPlans</c>: the display order of each content type read once per definitions snapshot.</summary>
public sealed class DisplayPlanOptions
{
    /// <summary>False: the type and part definitions are copied and read for every item rendered (the plain path).</summary>
    public bool Enabled { get; set; } = true;
}
