using Cms.Abstractions.Content;
using Cms.Admin.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin.Content;

/// <summary>
/// The preview of the latest version in a frame at the width of a phone, a tablet or a computer (Wagtail's preview
/// sizes), chosen by links so that it works without script.
/// </summary>
public sealed class PreviewWidthsModel(IContentManager contentManager, ContentAuthorizer authorizer) : PageModel
{
    /// <summary>The widths offered: key in the URL, label, the device in a sentence, CSS pixels.</summary>
    public static readonly IReadOnlyList<(string Key, string Label, string Device, int Pixels)> Widths =
    [
        ("mobile", "Mobile", "d'un téléphone", 375),
        ("tablette", "Tablette", "d'une tablette", 768),
        ("ordinateur", "Ordinateur", "d'un ordinateur", 1280),
    ];

    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    [BindProperty(SupportsGet = true, Name = "largeur")] public string? Width { get; set; }

    public ContentItem? Item { get; private set; }
    public (string Key, string Label, string Device, int Pixels) Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Item = await contentManager.GetAsync(Id, VersionOptions.Latest, cancellationToken);
        if (Item is null) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.View, Item)) return Forbid();
        Current = Widths.FirstOrDefault(w => w.Key == Width) is { Key: not null } chosen ? chosen : Widths[^1];
        return Page();
    }
}
