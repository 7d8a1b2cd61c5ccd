using System.Text.Json.Nodes;
using Cms.Abstractions.ContentKinds;
using Cms.Display.Rendering;

namespace Cms.ContentFields.Display;

/// <summary>Adds <c>Model.Items</c>: the picked items that are published, in order (<c>DisplayText</c>, <c>Url</c>, <c>ContentType</c>).</summary>
public sealed class ContentPickerFieldDisplayDriver : ShapeDisplayDriver
{
    protected override async Task<bool> FillAsync(Shape shape, ContentDisplayContext context)
    {
        var ids = (context.Value["ContentItemIds"] as JsonArray ?? []).Select(n => n?.GetValue<string>()).OfType<string>().ToList();
        var items = ids.Count == 0 ? [] : await context.LoadItemsAsync(ids);
        shape.With("Items", items
            .Select(i => new Dictionary<string, object?>
            {
                ["DisplayText"] = i.DisplayText,
                ["Url"] = ContentPaths.UrlOf(i),
                ["ContentType"] = i.ContentType,
            })
            .ToList());
        return true;
    }
}
