using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Definitions;
using Microsoft.AspNetCore.Http;

namespace Cms.Display.Rendering;

/// <summary>TitlePart (<c>TitlePart.liquid</c>, <c>TitlePart.Summary.liquid</c>): <c>Model.Part.Title</c>.</summary>
public sealed class TitlePartDisplayDriver : ShapeDisplayDriver;

/// <summary>
/// MarkdownBodyPart: adds <c>Model.Html</c>, the body as sanitized HTML (rendered once per version, shared with
/// <c>Model.Content.Body</c>). A version's body is one kept text, so its shape's values are kept with it (<see cref="KeptShapes"/>).
/// </summary>
public sealed class MarkdownBodyPartDisplayDriver : ShapeDisplayDriver
{
    private static readonly ConditionalWeakTable<string, IReadOnlyDictionary<string, object?>> KeptValues = new();

    protected override bool Fill(Shape shape, ContentDisplayContext context)
    {
        var body = context.Content.TryGetValue("Body", out var found) ? found : null;
        // A version's body is kept by the ContentBodyCache (the same text for every request); others are rendered each time.
        if (body is string html && !string.IsNullOrEmpty(context.Item.ContentItemVersionId))
        {
            shape.WithValues(KeptValues.GetValue(html, text => new Dictionary<string, object?>(StringComparer.Ordinal) { ["Html"] = text }), kept: true);
        }
        else shape.With("Html", body);
        return true;
    }
}

/// <summary>
/// A bag of nested items: each rendered with its own content alternates (<c>Content-InfoField</c>…) in the same
/// display type, then <c>{Part}</c> or <c>BagPart</c> with <c>Model.Items</c> (their HTML, in order). A published
/// item's bag of kept types is rendered once per version (<see cref="BagDisplayCache"/>).
/// </summary>
public sealed class BagPartDisplayDriver(BagDisplayCache? kept = null, IHttpContextAccessor? http = null,
    IContentDefinitionManager? definitions = null) : ShapeDisplayDriver
{
    protected override async Task<bool> FillAsync(Shape shape, ContentDisplayContext context)
    {
        var children = context.Value["ContentItems"] as JsonArray ?? [];
        // Only a published version never changes under its id (a draft is saved again in place, a preview has none).
        if (kept is not { Enabled: true } || !context.Item.Published || string.IsNullOrEmpty(context.Item.ContentItemVersionId))
        {
            shape.With("Items", await RenderAsync(children, context));
            return true;
        }
        var snapshot = definitions is null ? null : await definitions.GetSnapshotAsync(context.CancellationToken);
        var stamp = kept.Current(snapshot);
        var request = http?.HttpContext?.Request;
        var key = new BagDisplayCache.Key(context.Item.ContentItemVersionId, context.PartName, context.DisplayType,
            request is null ? null : $"{request.Scheme}://{request.Host}", request is null ? "/" : request.Path.HasValue ? request.Path.Value! : "/");
        if (kept.TryGet(key, stamp, out var values))
        {
            shape.WithValues(values, kept: true);
            return true;
        }
        // Looked up before the items' types are read: reading them builds each item's JSON dictionary.
        var keeps = kept.Keeps(children);
        var meta = PageMetaMark.Of(context.Meta);
        var rendered = await RenderAsync(children, context);
        // Its items and the part's name (its key's), the same instance for the requests it is kept for (KeptShapes).
        var made = new Dictionary<string, object?>(StringComparer.Ordinal) { ["Items"] = rendered, ["Name"] = context.PartName };
        var keep = keeps && PageMetaMark.Of(context.Meta) == meta;
        if (keep)
        {
            // Checked against the definitions as they are now: a change during the rendering is not kept.
            kept.Store(key, made, stamp, definitions is null ? null : await definitions.GetSnapshotAsync(context.CancellationToken));
        }
        shape.WithValues(made, keep);
        return true;
    }

    private static async Task<List<string>> RenderAsync(JsonArray children, ContentDisplayContext context)
    {
        var rendered = new List<string>();
        foreach (var child in children.OfType<JsonObject>())
        {
            rendered.Add(await context.RenderItemAsync(ContentItem.FromJson(child)));
        }
        return rendered;
    }
}
