using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Editing;
using Cms.Display.Markdown;

namespace Cms.ContentFields.Editors;

/// <summary>
/// The editor of HtmlField and HtmlBodyPart (view <c>_HtmlField.cshtml</c>: a textarea that the rich-text toolbar of
/// <c>Assets/html-editor.js</c> enhances). Reads the posted HTML and stores it sanitized with the Markdown body's sanitizer (no script, no event handler, only
/// the allowed elements and video hosts); HTML nested deeper than <see cref="HtmlNesting.MaxDepth"/> levels is refused.
/// </summary>
public sealed class HtmlFieldEditor(MarkdownService markdown) : IContentEditor
{
    public string View => "/Editors/_HtmlField.cshtml";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        var html = context.Multiline(element.Key("Html"));
        if (html is not null && HtmlNesting.Exceeds(html))
        {
            context.Error(element.Prefix, $"« {element.Label} » : les balises HTML sont imbriquées sur plus de {HtmlNesting.MaxDepth} niveaux.");
            return Task.CompletedTask;
        }
        var clean = markdown.SanitizeHtml(html);
        target["Html"] = clean.Length == 0 ? null : clean;
        return Task.CompletedTask;
    }
}
