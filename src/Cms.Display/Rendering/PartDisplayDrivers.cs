using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;

namespace Cms.Display.Rendering;

/// <summary>TitlePart (<c>TitlePart.liquid</c>, <c>TitlePart.Summary.liquid</c>): <c>Model.Part.Title</c>.</summary>
public sealed class TitlePartDisplayDriver : ShapeDisplayDriver;

/// <summary>MarkdownBodyPart: adds <c>Model.Html</c>, the body as sanitized HTML (rendered once per version, shared with <c>Model.Content.Body</c>).</summary>
public sealed class MarkdownBodyPartDisplayDriver : ShapeDisplayDriver
{
    protected override bool Fill(Shape shape, ContentDisplayContext context)
    {
        shape.With("Html", context.Content.TryGetValue("Body", out var body) ? body : null);
        return true;
    }
}

/// <summary>
/// A bag of nested items: each rendered with its own content alternates (<c>Content-InfoField</c>…) in the same
/// display type, then <c>{Part}</c> or <c>BagPart</c> with <c>Model.Items</c> (their HTML, in order).
/// </summary>
public sealed class BagPartDisplayDriver : ShapeDisplayDriver
{
    protected override async Task<bool> FillAsync(Shape shape, ContentDisplayContext context)
    {
        var rendered = new List<string>();
        foreach (var child in (context.Value["ContentItems"] as JsonArray ?? []).OfType<JsonObject>())
        {
            rendered.Add(await context.RenderItemAsync(ContentItem.FromJson(child)));
        }
        shape.With("Items", rendered);
        return true;
    }
}
