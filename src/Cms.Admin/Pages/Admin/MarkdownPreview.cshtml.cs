using Cms.Abstractions.Display;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin;

/// <summary>
/// The live preview of the Markdown editors: posts the text (with the antiforgery token in the
/// <c>RequestVerificationToken</c> header), returns the sanitized HTML the site's Markdown service renders.
/// </summary>
public sealed class MarkdownPreviewModel(IMarkdownService markdown) : PageModel
{
    public const int MaxLength = 200_000;

    public IActionResult OnGet() => new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);

    public IActionResult OnPost([FromForm(Name = "markdown")] string? text)
    {
        if (text is { Length: > MaxLength })
        {
            return BadRequest($"Le texte dépasse {MaxLength} caractères.");
        }
        return Content(markdown.ToHtml(text), "text/html; charset=utf-8");
    }
}
