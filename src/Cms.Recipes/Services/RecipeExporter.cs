using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Settings;
using Cms.Abstractions.Transfer;

namespace Cms.Recipes.Services;

/// <summary>
/// Writes the site as an Orchard-style recipe: a <c>ContentDefinition</c> step with every type and part, a
/// <c>settings</c> step with the site settings, and a <c>content</c> step with the latest version of every item
/// (drafts included, FrontMatterPart included), then the steps of the modules' <see cref="IRecipeExportSource"/>s (their
/// documents). Running it on an empty site gives back the same items.
/// With a list of content types, only those types' definitions (with the parts they use and the types their bags
/// contain) and items are written, and no settings step.
/// </summary>
public sealed class RecipeExporter(IContentDefinitionManager definitions, IContentQuery query, ISiteSettingsStore settings, IEnumerable<IRecipeExportSource> sources) : IRecipeExporter
{
    private const int PageSize = 200;

    public Task<JsonObject> ExportAsync(CancellationToken cancellationToken = default) => ExportAsync(null, cancellationToken);

    public async Task<JsonObject> ExportAsync(IReadOnlyCollection<string>? contentTypes, CancellationToken cancellationToken = default)
    {
        var record = await definitions.LoadAsync(cancellationToken);
        var everything = contentTypes is null || contentTypes.Count == 0;
        HashSet<string>? chosen = null;
        if (!everything)
        {
            var unknown = contentTypes!.Where(t => record.ContentTypes.All(d => d.Name != t)).ToList();
            if (unknown.Count > 0)
            {
                throw new ArgumentException($"type de contenu inconnu : {string.Join(", ", unknown)} (connus : {string.Join(", ", record.ContentTypes.Select(t => t.Name).Order(StringComparer.Ordinal))}).");
            }
            chosen = new HashSet<string>(contentTypes!, StringComparer.Ordinal);
        }
        var types = record.ContentTypes.Where(t => chosen is null || WithContained(record, chosen).Contains(t.Name)).ToList();
        var partNames = types.SelectMany(t => t.ContentTypePartDefinitionRecords.Select(p => p.PartName)).ToHashSet(StringComparer.Ordinal);
        var parts = record.ContentParts.Where(p => chosen is null || partNames.Contains(p.Name)).ToList();
        var definitionStep = new JsonObject
        {
            ["name"] = "ContentDefinition",
            ["ContentTypes"] = JsonSerializer.SerializeToNode(types.OrderBy(t => t.Name, StringComparer.Ordinal).ToList(), DefinitionJson.Options),
            ["ContentParts"] = JsonSerializer.SerializeToNode(parts.OrderBy(p => p.Name, StringComparer.Ordinal).ToList(), DefinitionJson.Options),
        };

        var site = await settings.GetAsync(cancellationToken);
        var settingsStep = new JsonObject { ["name"] = "settings" };
        foreach (var (name, value) in (JsonSerializer.SerializeToNode(site) as JsonObject)!)
        {
            if (name == nameof(SiteSettings.Extra)) continue;
            settingsStep[name] = value?.DeepClone();
        }
        foreach (var (name, value) in site.Extra)
        {
            settingsStep[name] = value;
        }

        var data = new JsonArray();
        foreach (var item in await LatestItemsAsync(chosen, cancellationToken))
        {
            data.Add(item.ToJson());
        }

        var steps = chosen is null
            ? new JsonArray(definitionStep, settingsStep, new JsonObject { ["name"] = "content", ["data"] = data })
            : new JsonArray(definitionStep, new JsonObject { ["name"] = "content", ["data"] = data });
        if (chosen is null)
        {
            foreach (var source in sources)
            {
                foreach (var step in await source.ExportStepsAsync(cancellationToken)) steps.Add(step);
            }
        }
        return new JsonObject
        {
            ["name"] = "export",
            ["displayName"] = $"Export de « {site.SiteName} »",
            ["description"] = chosen is null
                ? $"Définitions, réglages et dernière version de chaque élément, exportés le {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC."
                : $"Définitions et dernière version des éléments de type {string.Join(", ", chosen.Order(StringComparer.Ordinal))}, exportés le {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.",
            ["author"] = site.SiteName,
            ["website"] = site.BaseUrl,
            ["version"] = "1.0.0",
            ["issetuprecipe"] = false,
            ["categories"] = new JsonArray("export"),
            ["tags"] = new JsonArray(),
            ["variables"] = new JsonObject(),
            ["steps"] = steps,
        };
    }

    /// <summary>The chosen types and, transitively, the types their bags contain (their definitions are needed to import the nested items).</summary>
    private static HashSet<string> WithContained(ContentDefinitionRecord record, HashSet<string> chosen)
    {
        var result = new HashSet<string>(chosen, StringComparer.Ordinal);
        var queue = new Queue<string>(chosen);
        while (queue.TryDequeue(out var name))
        {
            var type = record.ContentTypes.FirstOrDefault(t => t.Name == name);
            if (type is null) continue;
            foreach (var part in type.ContentTypePartDefinitionRecords)
            {
                if (part.Settings["BagPartSettings"]?["ContainedContentTypes"] is not JsonArray contained) continue;
                foreach (var node in contained)
                {
                    if (node?.GetValue<string>() is { } t && result.Add(t)) queue.Enqueue(t);
                }
            }
        }
        return result;
    }

    /// <summary>The latest version of every item (of the chosen types), in a stable order (by id), read page by page.</summary>
    private async Task<IReadOnlyList<ContentItem>> LatestItemsAsync(HashSet<string>? contentTypes, CancellationToken cancellationToken)
    {
        var byId = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        foreach (var contentType in contentTypes?.Order(StringComparer.Ordinal).Cast<string?>() ?? [null])
        {
            await ReadTypeAsync(contentType, byId, cancellationToken);
        }
        return byId.Values.OrderBy(i => i.ContentItemId, StringComparer.Ordinal).ToList();
    }

    private async Task ReadTypeAsync(string? contentType, Dictionary<string, ContentItem> byId, CancellationToken cancellationToken)
    {
        var latest = new ContentListQuery { ContentType = contentType, Status = ContentStatus.Latest, Sort = ContentSort.ModifiedAsc, PageSize = PageSize };
        await foreach (var item in query.ListAllAsync(latest, cancellationToken))
        {
            byId[item.ContentItemId] = item;
        }
    }
}
