using Cms.Abstractions.Content;
using Cms.Display.Liquid;
using Cms.Lists.Models;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Lists.Liquid;

/// <summary>
/// Orchard's <c>container</c> filter: <c>{{ Model.ContentItem | container | display_text | slugify }}</c> gives the container
/// of a contained item (its latest version, as when the item is being saved in it), read as <c>Model.ContentItem</c> is;
/// nil for an item held by no container. Orchard's Blog recipe builds its posts' paths with it.
/// </summary>
public sealed class ContainerLiquidFilter : ILiquidFilters
{
    public void Register(TemplateOptions options) =>
        options.Filters.AddFilter("container", async (input, _, context) =>
        {
            var listId = JsonNodeValues.Underlying(input) switch
            {
                ContentItem item => item.As<ContainedPart>()?.ListContentItemId,
                System.Text.Json.Nodes.JsonObject json => json[ContainedPart.Name]?[nameof(ContainedPart.ListContentItemId)]?.GetValue<string>(),
                _ => null,
            };
            if (string.IsNullOrEmpty(listId)) return NilValue.Instance;
            var container = await LiquidServices.From(context).GetRequiredService<IContentManager>().GetAsync(listId, VersionOptions.Latest);
            return container is null ? NilValue.Instance : FluidValue.Create(new ContentItemJson(container), context.Options);
        });
}
