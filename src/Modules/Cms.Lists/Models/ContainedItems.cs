using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Lists.Indexing;

namespace Cms.Lists.Models;

/// <summary>The items of a container, from the index (never a scan of documents), a page at a time.</summary>
public sealed class ContainedItems(IContentQuery query)
{
    /// <summary>
    /// One page of the items whose <c>ContainedPart.ListContentItemId</c> is <paramref name="listContentItemId"/>:
    /// newest publication first, or by <c>ContainedPart.Order</c> when the container orders its items by hand.
    /// </summary>
    public Task<PagedResult<ContentItem>> ListAsync(string listContentItemId, ListPartSettings settings, int page,
        ContentStatus status = ContentStatus.Published, int? pageSize = null, CancellationToken cancellationToken = default) =>
        query.ListAsync(new ContentListQuery
        {
            Status = status,
            PickerPart = ContainedPart.Name,
            PickerField = ContainedPartIndexProvider.ListField,
            PickedAnyOf = [listContentItemId],
            Sort = settings.EnableOrdering ? ContentSort.NumberAsc : status == ContentStatus.Published ? ContentSort.PublishedDesc : ContentSort.ModifiedDesc,
            NumberPart = ContainedPart.Name,
            NumberField = ContainedPartIndexProvider.OrderField,
            Page = page,
            PageSize = Math.Max(1, pageSize ?? (settings.PageSize > 0 ? settings.PageSize : ListPartSettings.DefaultPageSize)),
        }, cancellationToken);

    /// <summary>The ListPart settings of <paramref name="contentType"/>, or null when the type is no container.</summary>
    public static async Task<ListPartSettings?> SettingsAsync(IContentDefinitionManager definitions, string contentType, CancellationToken cancellationToken)
    {
        var type = await definitions.GetTypeDefinitionAsync(contentType, cancellationToken);
        var part = type?.ContentTypePartDefinitionRecords.FirstOrDefault(p => p.PartName == ListPart.Name);
        return part is null ? null : Read(part.Settings);
    }

    /// <summary>
    /// The settings under <c>ListPartSettings</c>, or flat in the part's settings as older Orchard recipes write them
    /// (<c>"PageSize": 10</c>, <c>"EnableOrdering": "True"</c>).
    /// </summary>
    public static ListPartSettings Read(JsonObject settings)
    {
        var source = settings[nameof(ListPartSettings)] as JsonObject ?? settings;
        return new ListPartSettings
        {
            PageSize = Number(source["PageSize"]) is { } size and > 0 ? size : ListPartSettings.DefaultPageSize,
            ContainedContentTypes = source["ContainedContentTypes"] is JsonArray types
                ? types.Select(t => t?.GetValueKind() == JsonValueKind.String ? t.GetValue<string>() : null).OfType<string>().ToArray()
                : [],
            EnableOrdering = Flag(source["EnableOrdering"]),
            ShowHeader = Flag(source["ShowHeader"]),
        };
    }

    private static int? Number(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.Number => node.GetValue<decimal>() is var d && d is >= 0 and <= int.MaxValue ? (int)d : null,
        JsonValueKind.String => int.TryParse(node.GetValue<string>(), out var n) ? n : null,
        _ => null,
    };

    private static bool Flag(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => bool.TryParse(node.GetValue<string>(), out var b) && b,
        _ => false,
    };
}
