using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Alias.Models;
using Cms.Alias.Services;
using Cms.Display.Liquid;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Alias.Liquid;

/// <summary>
/// Orchard Core's handle filters, for published items:
/// <c>{% assign id = "alias:main-menu" | content_item_id %}</c> gives the item's id (nil when none), and
/// <c>{% assign menu = "alias:main-menu" | content_item %}</c> (or an id) the item itself, read as
/// <c>Model.ContentItem</c> is (<c>menu.DisplayText</c>, <c>menu.TitlePart.Title</c>, <c>menu.Content.TitlePart.Title</c>…). The page records the item for the output cache.
/// </summary>
public sealed class AliasLiquidFilters : ILiquidFilters
{
    public const string AliasPrefix = "alias:";

    public void Register(TemplateOptions options)
    {
        options.Filters.AddFilter("content_item_id", async (input, _, context) =>
            await IdAsync(input.ToStringValue(), context) is { } id ? new StringValue(id) : NilValue.Instance);
        options.Filters.AddFilter("content_item", async (input, _, context) =>
        {
            if (await IdAsync(input.ToStringValue(), context) is not { } id) return NilValue.Instance;
            var item = await LiquidServices.From(context).GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Published);
            if (item is null) return NilValue.Instance;
            LiquidServices.Meta(context)?.ContentItemIds.Add(id);
            // Read from the item as Model.ContentItem is (its header, its parts and Content.<Part>), without a copy of its JSON.
            return FluidValue.Create(new ContentItemJson(item), context.Options);
        });
    }

    /// <summary>The id of the published item a handle names (<c>alias:x</c>, or an id as it is), or null.</summary>
    private static async Task<string?> IdAsync(string handle, TemplateContext context)
    {
        if (string.IsNullOrWhiteSpace(handle)) return null;
        if (!handle.StartsWith(AliasPrefix, StringComparison.OrdinalIgnoreCase)) return handle.Trim();
        var services = LiquidServices.From(context);
        if (LiquidServices.Meta(context) is { } meta)
        {
            // Giving the alias to an item later (or changing it) must evict the pages that asked for it: they list
            // every type that can carry an alias.
            var all = await services.GetRequiredService<IContentDefinitionManager>().LoadAsync();
            foreach (var type in all.ContentTypes.Where(t => t.ContentTypePartDefinitionRecords.Any(p => p.PartName == AliasPart.Name)))
            {
                meta.ContentTypes.Add(type.Name);
            }
        }
        return await services.GetRequiredService<IAliasLookup>().GetPublishedIdAsync(handle[AliasPrefix.Length..]);
    }
}
