using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.ContentFields.Fields;
using Cms.Display.Markdown;

namespace Cms.ContentFields.Display;

/// <summary>Adds <c>Model.Media</c>: each valid path's public URL (<c>Url</c>) with its alternative text (<c>Alt</c>, "" for a decorative image).</summary>
public sealed class MediaFieldDisplayDriver(MediaUrlResolver media) : ShapeDisplayDriver
{
    protected override bool Fill(Shape shape, ContentDisplayContext context)
    {
        var paths = context.Value["Paths"] as JsonArray ?? [];
        shape.With("Media", paths
            .Select((p, i) => new Dictionary<string, object?>
            {
                ["Url"] = media.Resolve(p?.GetValue<string>()),
                ["Alt"] = MediaFieldAltText.For(context.Value, i),
            })
            .Where(m => m["Url"] is not null)
            .ToList());
        return true;
    }
}
