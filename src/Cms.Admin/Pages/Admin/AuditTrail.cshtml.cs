using Cms.Abstractions.Time;
using Cms.Abstractions.Definitions;
using Cms.Admin.Audit;
using Cms.Admin.Editors;
using Cms.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin;

/// <summary>Who created, saved, published, unpublished, deleted, restored or imported what, and when; filtered and paginated.</summary>
public sealed class AuditTrailModel(AuditTrailQuery audit, IContentDefinitionManager definitions, ISiteClock clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "utilisateur")] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true, Name = "action")] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "type")] public string? ContentType { get; set; }
    [BindProperty(SupportsGet = true, Name = "contenu")] public string? ContentItemId { get; set; }
    [BindProperty(SupportsGet = true, Name = "du")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "au")] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditTrailEvent> Rows { get; private set; } = [];
    public int Total { get; private set; }
    /// <summary>Version number by version id, for the rows shown.</summary>
    public IReadOnlyDictionary<string, int> VersionNumbers { get; private set; } = new Dictionary<string, int>();
    public IReadOnlyList<string> UserNames { get; private set; } = [];
    public IReadOnlyList<(string Name, string DisplayName)> Types { get; private set; } = [];
    public int PageCount => (Total + PageSize - 1) / PageSize;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (Rows, Total) = await audit.ListAsync(new AuditTrailFilter
        {
            UserName = UserName,
            Kind = Kind,
            ContentType = ContentType,
            ContentItemId = ContentItemId,
            // Whole Paris days: from midnight of the first to midnight after the last.
            FromUtc = From is { } f ? clock.Current.StartOfDayUtc(f) : null,
            ToUtc = To is { } t ? clock.Current.StartOfDayUtc(t.AddDays(1)) : null,
            Page = Math.Max(1, PageNumber),
            PageSize = PageSize,
        }, cancellationToken);
        VersionNumbers = await audit.VersionNumbersAsync(Rows, cancellationToken);
        UserNames = await audit.UserNamesAsync(cancellationToken);
        Types = (await definitions.ListTypeDefinitionsAsync(cancellationToken)).Select(t => (t.Name, t.DisplayName)).OrderBy(t => t.DisplayName).ToList();
    }

    public string KindLabel(string kind) => AuditTrailQuery.KindLabels.TryGetValue(kind, out var label) ? label : kind;

    public string TypeLabel(string? type) => Types.FirstOrDefault(t => t.Name == type).DisplayName ?? type ?? "";

    public string PageUrl(int page) => Url.Page("/Admin/AuditTrail", new
    {
        utilisateur = UserName, action = Kind, type = ContentType, contenu = ContentItemId,
        du = From?.ToString("yyyy-MM-dd"), au = To?.ToString("yyyy-MM-dd"), p = page,
    })!;
}
