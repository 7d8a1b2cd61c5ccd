using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Settings;

namespace Cms.Recipes.Services;

/// <summary>
/// Writes the site as an Orchard-style recipe: a <c>ContentDefinition</c> step with every type and part, a
/// <c>settings</c> step with the site settings, and a <c>content</c> step with the latest version of every item
/// (drafts included, FrontMatterPart included). Running it on an empty site gives back the same items.
/// </summary>
public sealed class RecipeExporter(IContentDefinitionManager definitions, IContentQuery query, ISiteSettingsStore settings)
{
    private const int PageSize = 200;

    public async Task<JsonObject> ExportAsync(CancellationToken cancellationToken = default)
    {
        var record = await definitions.LoadAsync(cancellationToken);
        var definitionStep = new JsonObject
        {
            ["name"] = "ContentDefinition",
            ["ContentTypes"] = JsonSerializer.SerializeToNode(record.ContentTypes.OrderBy(t => t.Name, StringComparer.Ordinal).ToList(), DefinitionJson.Options),
            ["ContentParts"] = JsonSerializer.SerializeToNode(record.ContentParts.OrderBy(p => p.Name, StringComparer.Ordinal).ToList(), DefinitionJson.Options),
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
        foreach (var item in await LatestItemsAsync(cancellationToken))
        {
            data.Add(item.ToJson());
        }

        return new JsonObject
        {
            ["name"] = "export",
            ["displayName"] = $"Export de « {site.SiteName} »",
            ["description"] = $"Définitions, réglages et dernière version de chaque élément, exportés le {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.",
            ["author"] = site.SiteName,
            ["website"] = site.BaseUrl,
            ["version"] = "1.0.0",
            ["issetuprecipe"] = false,
            ["categories"] = new JsonArray("export"),
            ["tags"] = new JsonArray(),
            ["variables"] = new JsonObject(),
            ["steps"] = new JsonArray(definitionStep, settingsStep, new JsonObject { ["name"] = "content", ["data"] = data }),
        };
    }

    /// <summary>The latest version of every item, in a stable order (by id), read page by page.</summary>
    private async Task<IReadOnlyList<ContentItem>> LatestItemsAsync(CancellationToken cancellationToken)
    {
        var byId = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var result = await query.ListAsync(new ContentListQuery
            {
                Status = ContentStatus.Latest,
                Sort = ContentSort.ModifiedAsc,
                Page = page,
                PageSize = PageSize,
            }, cancellationToken);
            foreach (var item in result.Items)
            {
                byId[item.ContentItemId] = item;
            }
            if (result.Items.Count == 0 || page >= result.PageCount) break;
        }
        return byId.Values.OrderBy(i => i.ContentItemId, StringComparer.Ordinal).ToList();
    }
}
