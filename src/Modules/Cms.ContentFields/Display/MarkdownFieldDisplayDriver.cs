using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Display;

namespace Cms.ContentFields.Display;

/// <summary>Adds <c>Model.Html</c>: the field's Markdown as sanitized HTML.</summary>
public sealed class MarkdownFieldDisplayDriver(IMarkdownService markdown) : ShapeDisplayDriver
{
    protected override bool Fill(Shape shape, ContentDisplayContext context)
    {
        shape.With("Html", markdown.ToHtml(context.Value["Markdown"]?.GetValue<string>()));
        return true;
    }
}
