using Cms.Abstractions.ContentKinds;

namespace Sample.Module.Parts;

/// <summary>
/// The summary under the title on the page (Detail), where it is also the page's description; not shown in listings.
/// Rendered by <c>Views/SampleItemPart.liquid</c> (a theme overrides it with a file of that name).
/// </summary>
public sealed class SampleItemPartDisplayDriver : ShapeDisplayDriver
{
    protected override bool Fill(Shape shape, ContentDisplayContext context)
    {
        var summary = context.Value["Summary"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(summary)) return false;
        shape.Location("Detail", "Content");   // at its part's rank: after the title, before the body
        if (context.DisplayType == "Detail") context.Meta.Description ??= summary;
        return true;
    }
}
