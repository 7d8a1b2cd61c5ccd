using System.Globalization;
using System.Security.Claims;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Scheduling;
using Cms.Admin.Bulk;
using Cms.Admin.Editors;
using Cms.Admin.Security;
using Cms.Admin.Status;
using Cms.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin.Pages.Admin;

/// <summary>
/// The content list: every type or one, by status, thematic track, author, dates and title text, sorted by last
/// change or by the type's date (an event's start), paginated in the database. A contributor sees only their own
/// items. Chosen items can be published, unpublished or deleted together, after a confirmation, with a report.
/// </summary>
public sealed class IndexModel(
    IContentQuery query,
    IContentManager contentManager,
    IContentDefinitionManager definitions,
    IPublishScheduler scheduler,
    ContentAuthorizer authorizer,
    UserManager<CmsUser> users,
    BulkActionRunner bulk,
    Audit.AuditTrailQuery audit,
    Cms.Abstractions.Time.ISiteClock clock,
    Microsoft.Extensions.Options.IOptions<Cms.Abstractions.Admin.ContentListFilterOptions> filters,
    ContentKindCatalog kinds,
    IEnumerable<Cms.Abstractions.Search.IContentTextSearch> textSearches) : PageModel
{
    /// <summary>At most this many full-text matches are combined with the list's filters.</summary>
    public const int MaxTextMatches = 1000;

    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "type")] public string? Type { get; set; }
    [BindProperty(SupportsGet = true, Name = "statut")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Text { get; set; }
    [BindProperty(SupportsGet = true, Name = "tri")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "thematique")] public string? Theme { get; set; }
    [BindProperty(SupportsGet = true, Name = "auteur")] public string? Author { get; set; }
    [BindProperty(SupportsGet = true, Name = "du")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "au")] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedResult<ContentItem> Result { get; private set; } = new([], 0, 1, PageSize);
    public IReadOnlyDictionary<string, ItemStatus> Statuses { get; private set; } = new Dictionary<string, ItemStatus>();
    public IReadOnlyList<ContentTypeDefinitionRecord> ListableTypes { get; private set; } = [];
    public IReadOnlyList<ContentTypeDefinitionRecord> CreatableTypes { get; private set; } = [];
    public IReadOnlyList<(string Id, string Title)> Themes { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name)> Authors { get; private set; } = [];
    /// <summary>The date field the selected type can be sorted and filtered by (part, field, label), if any.</summary>
    public (string Part, string Field, string Label)? DateField { get; private set; }
    /// <summary>The index provider of <see cref="DateField"/>'s kind and the field's settings: what <see cref="DateOf"/> reads.</summary>
    private (IContentIndexProvider Provider, System.Text.Json.Nodes.JsonObject Settings)? _dateIndex;
    public bool OnlyOwn { get; private set; }
    /// <summary>The words were searched in titles only (no search index, or it is being built).</summary>
    public bool TitlesOnly { get; private set; }
    public List<string> FilterErrors { get; } = [];

    /// <summary>Set when a bulk action waits for its confirmation: the action and the chosen items.</summary>
    public BulkActionKind? PendingAction { get; private set; }
    public IReadOnlyList<ContentItem> PendingItems { get; private set; } = [];
    /// <summary>Set after a bulk action ran: what became of each item.</summary>
    public IReadOnlyList<BulkItemOutcome>? Report { get; private set; }
    public BulkActionKind? ReportAction { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>First step of a bulk action: shows what will be done, and asks for a confirmation.</summary>
    public async Task<IActionResult> OnPostBulkAsync(string? action, List<string>? ids, string? confirm, CancellationToken cancellationToken)
    {
        var kind = BulkActionRunner.Parse(action);
        ids ??= [];
        if (kind is null || ids.Count == 0)
        {
            FilterErrors.Add(kind is null ? "Choisissez une action groupée." : "Cochez au moins un contenu.");
            await LoadAsync(cancellationToken);
            return Page();
        }
        if (confirm != "oui")
        {
            PendingAction = kind;
            PendingItems = (await contentManager.GetManyAsync(ids, VersionOptions.Latest, cancellationToken)).ToList();
            await LoadAsync(cancellationToken);
            return Page();
        }
        Report = await bulk.RunAsync(kind.Value, ids, User, cancellationToken);
        ReportAction = kind;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
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
        // A thematic track or a date only filters a type that has them: the events.
        var filterType = Type ?? (Theme is { Length: > 0 } || From is { Length: > 0 } || To is { Length: > 0 } ? filters.Value.DefaultFilteredType : null);
        DateField = filterType is null ? null : FindDateField(all, filterType);
        OnlyOwn = await authorizer.SeesOnlyOwnAsync(User, Type);
        var sortByDate = Sort == "debut" && DateField is not null;
        var from = ParseDay(From, "du");
        var to = ParseDay(To, "au");
        var themePicker = FindThemePicker(all, filterType, filters.Value.TermType);

        Themes = filters.Value.TermType is null ? [] : await ListThemesAsync(cancellationToken);
        Authors = await users.Users.OrderBy(u => u.UserName).Select(u => new { u.Id, u.UserName, u.DisplayName }).AsNoTracking()
            .ToListAsync(cancellationToken) is var list ? list.Select(u => (u.Id, u.DisplayName ?? u.UserName ?? u.Id)).ToList() : [];

        var owner = OnlyOwn ? User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "\0" : string.IsNullOrEmpty(Author) ? null : Author;
        var useDates = DateField is not null && (sortByDate || from is not null || to is not null);
        var text = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim();
        // The words are searched in the titles (drafts included) and, through the search index, in every searchable
        // text of the published items; the list's own filters and sort apply to both.
        var textMatches = text is null || textSearches.FirstOrDefault() is not { } textSearch
            ? null
            : await textSearch.MatchingItemIdsAsync(text, MaxTextMatches, cancellationToken);
        TitlesOnly = text is not null && textMatches is null;
        Result = await query.ListAsync(new ContentListQuery
        {
            ContentType = filterType,
            Status = ContentStatus.Latest,
            State = StatusFilter.State(Status),
            Text = text,
            TextMatchIds = textMatches,
            Owner = owner,
            DatePart = useDates ? DateField!.Value.Part : null,
            DateField = useDates ? DateField!.Value.Field : null,
            DateFromUtc = useDates && from is { } f ? TimeZoneInfo.ConvertTimeToUtc(f.ToDateTime(TimeOnly.MinValue), clock.Current.TimeZone) : null,
            DateToUtc = useDates && to is { } t ? TimeZoneInfo.ConvertTimeToUtc(t.AddDays(1).ToDateTime(TimeOnly.MinValue), clock.Current.TimeZone) : null,
            PickerPart = Theme is { Length: > 0 } && themePicker is not null ? themePicker.Value.Part : null,
            PickerField = Theme is { Length: > 0 } && themePicker is not null ? themePicker.Value.Field : null,
            PickedAnyOf = Theme is { Length: > 0 } && themePicker is not null ? [Theme] : null,
            Sort = sortByDate ? ContentSort.DateDesc : ContentSort.ModifiedDesc,
            Page = Math.Max(1, PageNumber),
            PageSize = PageSize,
        }, cancellationToken);

        // The list holds the latest versions: the published ones tell « Publié » from « Publié + brouillon en cours ».
        var ids = Result.Items.Select(i => i.ContentItemId).ToList();
        var published = (await contentManager.GetManyAsync(ids, VersionOptions.Published, cancellationToken))
            .ToDictionary(i => i.ContentItemId, i => i.ContentItemVersionId, StringComparer.Ordinal);
        var pending = await scheduler.ListPendingAsync(ids, cancellationToken);
        var everPublished = await audit.EverPublishedAsync(ids.Where(i => !published.ContainsKey(i)), cancellationToken);
        Statuses = Result.Items.ToDictionary(i => i.ContentItemId, i => ItemStatus.Of(
            i, published.GetValueOrDefault(i.ContentItemId), pending.TryGetValue(i.ContentItemId, out var tasks) ? tasks : null,
            everPublished.Contains(i.ContentItemId)), StringComparer.Ordinal);
    }

    public string TypeName(string type) => ListableTypes.FirstOrDefault(t => t.Name == type)?.DisplayName ?? type;

    public string PageUrl(int page) => Url.Page("/Admin/Index", new
    {
        type = Type, statut = Status, q = Text, tri = Sort, thematique = Theme, auteur = Author, du = From, au = To, p = page,
    })!;

    private DateOnly? ParseDay(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        FilterErrors.Add($"La date « {text} » du filtre « {(name == "du" ? "Du" : "Au")} » est illisible (attendu AAAA-MM-JJ) : elle est ignorée.");
        return null;
    }

    private async Task<IReadOnlyList<(string, string)>> ListThemesAsync(CancellationToken cancellationToken)
    {
        var themes = new List<(string, string)>();
        await foreach (var theme in query.ListAllAsync(new ContentListQuery
        {
            ContentType = filters.Value.TermType, Status = ContentStatus.Latest, Sort = ContentSort.DisplayTextAsc, PageSize = 200,
        }, cancellationToken))
        {
            themes.Add((theme.ContentItemId, theme.DisplayText ?? theme.ContentItemId));
        }
        return themes;
    }

    /// <summary>
    /// The date <see cref="DateField"/> holds in <paramref name="item"/>, as its kind's index provider gives it to the
    /// index the list sorts on (no field kind named here); null without a date field or a date.
    /// </summary>
    public DateTime? DateOf(ContentItem item)
    {
        if (DateField is not { } field || _dateIndex is not { } index) return null;
        var context = new ContentIndexContext(item, field.Part, field.Field, item.GetPart(field.Part)?[field.Field] as System.Text.Json.Nodes.JsonObject, index.Settings);
        return index.Provider.Index(context).FirstOrDefault(v => v.Kind == IndexValueKind.Date && v.Part is null && v.Field is null).DateValue;
    }

    /// <summary>The first field of the part named like the type (Event → StartDate) whose kind indexes a date.</summary>
    private (string, string, string)? FindDateField(ContentDefinitionRecord all, string type)
    {
        var part = all.ContentParts.FirstOrDefault(p => p.Name == type);
        var field = part?.ContentPartFieldDefinitionRecords
            .Where(f => kinds.Field(f.FieldName)?.Provides.Contains(IndexValueKind.Date) == true)
            .OrderBy(f => double.TryParse(f.Settings.Get<ContentPartFieldSettings>().Position, CultureInfo.InvariantCulture, out var p) ? p : double.MaxValue)
            .FirstOrDefault();
        if (field is null) return null;
        _dateIndex = kinds.Field(field.FieldName)!.IndexProviderType is { } providerType
            ? ((IContentIndexProvider)HttpContext.RequestServices.GetRequiredService(providerType), field.Settings)
            : null;
        return (type, field.Name, field.Settings.Get<ContentPartFieldSettings>().DisplayName ?? field.Name);
    }

    /// <summary>The field of the type's own part whose kind indexes references and whose settings name the term type
    /// (a picker of thematic tracks), if any.</summary>
    private (string Part, string Field)? FindThemePicker(ContentDefinitionRecord all, string? type, string? termType)
    {
        if (type is null || termType is null) return null;
        var field = all.ContentParts.FirstOrDefault(p => p.Name == type)?.ContentPartFieldDefinitionRecords
            .FirstOrDefault(f => kinds.Field(f.FieldName)?.Provides.Contains(IndexValueKind.Reference) == true && Names(f.Settings, termType));
        return field is null ? null : (type, field.Name);
    }

    /// <summary>True when one of the settings' string lists holds <paramref name="value"/> (e.g. the types a picker offers).</summary>
    private static bool Names(System.Text.Json.Nodes.JsonNode? node, string value) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => o.Any(p => Names(p.Value, value)),
        System.Text.Json.Nodes.JsonArray a => a.Any(n => n is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s) && s == value || Names(n, value)),
        _ => false,
    };
}
