using Cms.Abstractions.ContentKinds;
using Cms.Display.Markdown;

namespace Cms.ContentFields.Display;

/// <summary>Adds <c>Model.Html</c>: the field's HTML sanitized again (a recipe or an import may have written it); nothing when empty.</summary>
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
