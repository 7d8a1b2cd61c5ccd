using Cms.Abstractions.ContentKinds;
using Cms.Display.Markdown;

namespace Cms.ContentFields.Display;

/// <summary>
/// HtmlField and HtmlBodyPart (templates <c>HtmlField.liquid</c>, <c>HtmlBodyPart.liquid</c>, <c>HtmlBodyPart.Summary.liquid</c>):
/// adds <c>Model.Html</c>, the HTML sanitized again on display (cached per text); nothing when empty.
/// </summary>
public sealed class HtmlFieldDisplayDriver(MarkdownService markdown) : ShapeDisplayDriver
{
    protected override bool Fill(Shape shape, ContentDisplayContext context)
    {
        var html = markdown.SanitizeHtml(context.Value["Html"]?.GetValue<string>());
        if (html.Length == 0) return false;
        shape.With("Html", html);
        return true;
    }
}
