using System.Text;
using Cms.Abstractions.Transfer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin.Transfer;

/// <summary>
/// An Event's latest version as the Jekyll document it would be (front matter and body), to download under its
/// source file's name, else <c>YYYY-MM-DD-slug.markdown</c>.
/// </summary>
public sealed class MarkdownModel(IMarkdownExporter exporter) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var document = await exporter.ExportAsync(id, cancellationToken);
        if (document is null) return NotFound();
        return File(Encoding.UTF8.GetBytes(document.Text), "text/markdown; charset=utf-8", document.FileName);
    }
}
