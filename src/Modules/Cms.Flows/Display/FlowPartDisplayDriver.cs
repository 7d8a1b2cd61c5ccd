using Cms.Abstractions.ContentKinds;
using Cms.Flows.Models;

namespace Cms.Flows.Display;

/// <summary>
/// FlowPart on an item's Detail page (as Orchard places it): each widget rendered through the one display pipeline
/// (its own content alternates <c>Content-{Type}</c>…, its parts and fields), in order, in <c>Model.Widgets</c> with
/// its <c>Html</c>, <c>ContentType</c>, <c>Alignment</c> (<c>left</c>…), <c>Size</c> (percent) and <c>Classes</c>: the
/// DSFR grid columns of its size, <c>cms-align-{alignment}</c>, and Orchard's own classes (<c>widget</c>,
/// <c>widget-{type}</c>, <c>widget-align-{alignment}</c>, <c>widget-size-{size}</c>) for themes written for Orchard.
/// A flow without widgets shows nothing.
/// </summary>
public sealed class FlowPartDisplayDriver : ShapeDisplayDriver
{
    protected override async Task<bool> FillAsync(Shape shape, ContentDisplayContext context)
    {
        var widgets = new List<Dictionary<string, object?>>();
        foreach (var widget in FlowPart.Widgets(context.Value))
        {
            var html = (await context.RenderItemAsync(widget)).Trim();
            if (html.Length == 0) continue;
            var metadata = FlowMetadata.Of(widget);
            var type = widget.ContentType.ToLowerInvariant();
            widgets.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["Html"] = html,
                ["ContentType"] = widget.ContentType,
                ["ContentItemId"] = widget.ContentItemId,
                ["Alignment"] = metadata.AlignmentName,
                ["Size"] = metadata.Size,
                ["Classes"] = $"{metadata.ColumnClasses()} cms-align-{metadata.AlignmentName} widget widget-{type} widget-align-{metadata.AlignmentName} widget-size-{metadata.Size}",
            });
        }
        if (widgets.Count == 0) return false;
        shape.With("Widgets", widgets).Location("Detail", "Content");
        return true;
    }
}
