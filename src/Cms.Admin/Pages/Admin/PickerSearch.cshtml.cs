using System.Security.Claims;
using Cms.Abstractions.Content;
using Cms.Admin.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin;

/// <summary>Search for the content pickers: items of the given types whose title contains the text (JSON, 20 at most).</summary>
public sealed class PickerSearchModel(IContentQuery query, ContentAuthorizer authorizer) : PageModel
{
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "types")] string? types, [FromQuery(Name = "q")] string? text, CancellationToken cancellationToken)
    {
        var results = new List<object>();
        foreach (var type in (types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(5))
        {
            var onlyOwn = await authorizer.SeesOnlyOwnAsync(User, type);
            var page = await query.ListAsync(new ContentListQuery
            {
                ContentType = type,
                Status = ContentStatus.Latest,
                Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
                // Published items are visible to everyone on the site: anyone may pick them; drafts only their owner's.
                Sort = ContentSort.DisplayTextAsc,
                PageSize = 20,
            }, cancellationToken);
            var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
            results.AddRange(page.Items
                .Where(i => !onlyOwn || i.Published || i.Owner == userId)
                .Select(i => new { id = i.ContentItemId, title = i.DisplayText, type = i.ContentType, published = i.Published }));
        }
        return new JsonResult(results.Take(20));
    }
}
