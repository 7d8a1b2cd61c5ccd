using System.Security.Claims;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Admin.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin;

/// <summary>
/// The content list: every type or one, by status and title text, sorted by last change or by the type's date
/// (an event's start), paginated in the database. A contributor sees only their own items.
/// </summary>
public sealed class IndexModel(IContentQuery query, IContentDefinitionManager definitions, ContentAuthorizer authorizer) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "type")] public string? Type { get; set; }
    [BindProperty(SupportsGet = true, Name = "statut")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Text { get; set; }
    [BindProperty(SupportsGet = true, Name = "tri")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedResult<ContentItem> Result { get; private set; } = new([], 0, 1, PageSize);
    public IReadOnlyList<ContentTypeDefinitionRecord> ListableTypes { get; private set; } = [];
    public IReadOnlyList<ContentTypeDefinitionRecord> CreatableTypes { get; private set; } = [];
    /// <summary>The DateTimeField the selected type can be sorted by (part, field, label), if any.</summary>
    public (string Part, string Field, string Label)? DateField { get; private set; }
    public bool OnlyOwn { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await definitions.LoadAsync(cancellationToken);
        ListableTypes = all.ContentTypes.Where(t => t.Settings.Get<ContentTypeSettings>().Listable).OrderBy(t => t.DisplayName).ToList();
        var creatable = new List<ContentTypeDefinitionRecord>();
        foreach (var type in ListableTypes.Where(t => t.Settings.Get<ContentTypeSettings>().Creatable))
        {
            if (await authorizer.CanAsync(User, ContentAction.Edit, type.Name, ownerId: null)) creatable.Add(type);
        }
        CreatableTypes = creatable;

        if (Type is not null && ListableTypes.All(t => t.Name != Type)) Type = null;
        DateField = Type is null ? null : FindDateField(all, Type);
        OnlyOwn = await authorizer.SeesOnlyOwnAsync(User, Type);
        var sortByDate = Sort == "debut" && DateField is not null;

        Result = await query.ListAsync(new ContentListQuery
        {
            ContentType = Type,
            Status = Status switch { "brouillon" => ContentStatus.Draft, "publie" => ContentStatus.Published, _ => ContentStatus.Latest },
            Text = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
            Owner = OnlyOwn ? User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "\0" : null,
            DatePart = sortByDate ? DateField!.Value.Part : null,
            DateField = sortByDate ? DateField!.Value.Field : null,
            Sort = sortByDate ? ContentSort.DateDesc : ContentSort.ModifiedDesc,
            Page = Math.Max(1, PageNumber),
            PageSize = PageSize,
        }, cancellationToken);
    }

    public string TypeName(string type) => ListableTypes.FirstOrDefault(t => t.Name == type)?.DisplayName ?? type;

    public string PageUrl(int page) => Url.Page("/Admin/Index", new { type = Type, statut = Status, q = Text, tri = Sort, p = page })!;

    /// <summary>The first DateTimeField of the part named like the type (Event → StartDate).</summary>
    private static (string, string, string)? FindDateField(ContentDefinitionRecord all, string type)
    {
        var part = all.ContentParts.FirstOrDefault(p => p.Name == type);
        var field = part?.ContentPartFieldDefinitionRecords
            .Where(f => f.FieldName == "DateTimeField")
            .OrderBy(f => double.TryParse(f.Settings.Get<ContentPartFieldSettings>().Position, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : double.MaxValue)
            .FirstOrDefault();
        return field is null ? null : (type, field.Name, field.Settings.Get<ContentPartFieldSettings>().DisplayName ?? field.Name);
    }
}
