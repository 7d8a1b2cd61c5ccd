using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Data;
using Cms.Abstractions.Definitions;
using Cms.Layers.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cms.Layers.Services;

/// <summary>
/// The layers (their rules parsed) and the published widgets placed in a zone, in memory, so that a page evaluates the
/// rules and renders its widgets without querying the store. Read at start, again once a change to a layer or a widget
/// has committed (here, or on another node through the change bus), and in the background when older than
/// <see cref="MaxAge"/> (a layer changed on another node). Reads are serialized: the last one to finish read last.
/// Widgets are kept as JSON and parsed for each page, so that no page can change another's copy.
/// </summary>
public sealed class WidgetCatalog(IServiceScopeFactory scopes, TimeProvider clock, ILogger<WidgetCatalog> logger)
{
    public const string WidgetStereotype = "Widget";
    public const string MetadataPart = "LayerMetadata";
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private const int PageSize = 200;

    private volatile Snapshot? _snapshot;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private int _refreshing;

    /// <summary>What pages read now (read once, then refreshed in the background when old).</summary>
    public async ValueTask<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot ?? await LoadAsync(cancellationToken);
        if (clock.GetUtcNow() - snapshot.LoadedAt > MaxAge && Interlocked.Exchange(ref _refreshing, 1) == 0)
        {
            _ = Task.Run(async () =>
            {
                try { await LoadAsync(CancellationToken.None); }
                catch (Exception e) { logger.LogWarning(e, "Reading the layers and widgets failed; the previous copy stays in use."); }
                finally { Volatile.Write(ref _refreshing, 0); }
            });
        }
        return snapshot;
    }

    /// <summary>Whether <paramref name="contentType"/> was a widget type at the last read (a change to it concerns the pages).</summary>
    public bool IsWidgetType(string contentType) => _snapshot?.WidgetTypes.Contains(contentType) ?? false;

    /// <summary>Reads the layers and the published widgets again.</summary>
    public async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            var loadedAt = clock.GetUtcNow();
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var document = await services.GetRequiredService<IDocumentStore>().GetAsync<LayersDocument>(LayersDocument.DocumentName, cancellationToken);
            var layers = new List<Layer>();
            foreach (var stored in document.Layers)
            {
                try
                {
                    layers.Add(new Layer(stored.Name, stored.Description, RuleJson.ReadRule(stored.LayerRule, $"calque « {stored.Name} »")));
                }
                catch (FormatException e)
                {
                    // Refused on save; a document edited by hand shows its layer nowhere rather than everywhere.
                    logger.LogWarning("Layer {Layer} is ignored: {Reason}", stored.Name, e.Message);
                }
            }

            var types = await services.GetRequiredService<IContentDefinitionManager>().ListTypeDefinitionsAsync(cancellationToken);
            var widgetTypes = types.Where(IsWidget).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
            var query = services.GetRequiredService<IContentQuery>();
            var widgets = new List<Widget>();
            foreach (var type in widgetTypes.Order(StringComparer.Ordinal))
            {
                await foreach (var item in query.ListAllAsync(new ContentListQuery { ContentType = type, Status = ContentStatus.Published, Sort = ContentSort.ModifiedAsc, PageSize = PageSize }, cancellationToken))
                {
                    if (Placement.Of(item) is { } placement) widgets.Add(new Widget(item, placement));
                }
            }
            widgets.Sort((a, b) => a.Placement.Position != b.Placement.Position
                ? a.Placement.Position.CompareTo(b.Placement.Position)
                : string.CompareOrdinal(a.ContentItemId, b.ContentItemId));
            var snapshot = new Snapshot(layers, widgets, widgetTypes, loadedAt);
            _snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    public static bool IsWidget(ContentTypeDefinitionRecord type) =>
        string.Equals(type.Settings.Get<ContentTypeSettings>().Stereotype, WidgetStereotype, StringComparison.Ordinal);

    public sealed record Layer(string Name, string? Description, ConditionGroup Rule);

    /// <summary>A published widget, read once per load and shared by the renderings (read only, as the published-item cache's items).</summary>
    public sealed record Widget(ContentItem Item, Placement Placement)
    {
        public string ContentItemId => Item.ContentItemId;
        public string ContentType => Item.ContentType;
        public string? DisplayText => Item.DisplayText;
    }

    public sealed record Snapshot(IReadOnlyList<Layer> Layers, IReadOnlyList<Widget> Widgets, IReadOnlySet<string> WidgetTypes, DateTimeOffset LoadedAt);
}

/// <summary>
/// Orchard's <c>LayerMetadata</c> of a widget: <c>{ "Layer": "Always", "Zone": "Footer", "Position": 10, "RenderTitle": false }</c>.
/// A widget without a zone or a layer is not placed (a widget inside a flow has none).
/// </summary>
public sealed record Placement(string Layer, string Zone, double Position, bool RenderTitle)
{
    public static Placement? Of(ContentItem item)
    {
        if (item.GetPart(WidgetCatalog.MetadataPart) is not { } part) return null;
        var layer = Text(part["Layer"]);
        var zone = Text(part["Zone"]);
        if (string.IsNullOrWhiteSpace(layer) || string.IsNullOrWhiteSpace(zone)) return null;
        return new Placement(layer.Trim(), zone.Trim(), Number(part["Position"]), part["RenderTitle"] is JsonValue v && v.GetValueKind() == JsonValueKind.True);
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? (string?)v : null;

    private static double Number(JsonNode? node) => node switch
    {
        // Parsed JSON reads as any number type; a value set in code only as its own.
        JsonValue v when v.GetValueKind() == JsonValueKind.Number =>
            v.TryGetValue<double>(out var d) ? d : v.TryGetValue<int>(out var i) ? i : v.TryGetValue<long>(out var l) ? l : v.TryGetValue<decimal>(out var m) ? (double)m : 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.String && double.TryParse((string?)v, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => 0,
    };
}

/// <summary>Reads the layers and widgets before the first page is rendered.</summary>
public sealed class WidgetCatalogStartupTask(WidgetCatalog catalog) : Cms.Abstractions.Modules.IStartupTask
{
    public async Task RunAsync(Cms.Abstractions.Modules.StartupContext context, CancellationToken cancellationToken) =>
        await catalog.LoadAsync(cancellationToken);
}
