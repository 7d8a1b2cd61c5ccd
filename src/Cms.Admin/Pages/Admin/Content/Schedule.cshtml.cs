using Cms.Abstractions.Time;
using Cms.Abstractions.Content;
using Cms.Abstractions.Scheduling;
using Cms.Admin.Scheduling;
using Cms.Admin.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Admin.Pages.Admin.Content;

/// <summary>
/// Schedules the publication of a version or the unpublication of an item at a Paris time, or cancels a pending
/// one; the Edit page's « Programmer » section posts here. Needs the publish permission on the item. A refused
/// form is shown again here with its errors and the input kept.
/// </summary>
public sealed class ScheduleModel(IContentManager contentManager, IPublishScheduler scheduler, ContentAuthorizer authorizer, ISiteClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    public ScheduleSection? Section { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(ContentAction.View, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostPublishAsync(string? versionId, string? publishAt, CancellationToken cancellationToken)
    {
        if (await LoadAsync(ContentAction.Publish, cancellationToken) is { } refused) return refused;
        var version = string.IsNullOrEmpty(versionId) ? Section!.Latest.ContentItemVersionId : versionId;
        if (!ScheduleInput.TryRead(publishAt, clock.Current, out var utc, out var error)) return Refused("PublishAt", error!, publishAt: publishAt);
        try
        {
            var task = await scheduler.SchedulePublishAsync(Id, version, utc, cancellationToken);
            TempData["Message"] = $"{ScheduleText.Badge(task, clock.Current)} ({clock.Current.ZoneLabel}).";
            return Redirect(AdminRoutes.Edit(Id));
        }
        catch (ScheduleValidationException e)
        {
            return Refused(e.Field, e.Message, publishAt: publishAt);
        }
    }

    public async Task<IActionResult> OnPostUnpublishAsync(string? unpublishAt, CancellationToken cancellationToken)
    {
        if (await LoadAsync(ContentAction.Publish, cancellationToken) is { } refused) return refused;
        if (!ScheduleInput.TryRead(unpublishAt, clock.Current, out var utc, out var error)) return Refused("UnpublishAt", error!, unpublishAt: unpublishAt);
        try
        {
            var task = await scheduler.ScheduleUnpublishAsync(Id, utc, cancellationToken);
            TempData["Message"] = $"{ScheduleText.Badge(task, clock.Current)} ({clock.Current.ZoneLabel}).";
            return Redirect(AdminRoutes.Edit(Id));
        }
        catch (ScheduleValidationException e)
        {
            return Refused(e.Field, e.Message, unpublishAt: unpublishAt);
        }
    }

    public async Task<IActionResult> OnPostCancelAsync(string? action, CancellationToken cancellationToken)
    {
        if (await LoadAsync(ContentAction.Publish, cancellationToken) is { } refused) return refused;
        if (!Enum.TryParse<ScheduledAction>(action, ignoreCase: false, out var kind)) return BadRequest();
        TempData["Message"] = await scheduler.CancelAsync(Id, kind, cancellationToken)
            ? $"{ScheduleText.Action(kind)} programmée annulée."
            : $"Aucune {ScheduleText.Action(kind).ToLowerInvariant()} n'était programmée.";
        return Redirect(AdminRoutes.Edit(Id));
    }

    private IActionResult Refused(string field, string message, string? publishAt = null, string? unpublishAt = null)
    {
        Section = Section! with
        {
            Errors = new Dictionary<string, string> { [field] = message },
            PublishAt = publishAt,
            UnpublishAt = unpublishAt,
        };
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(ContentAction action, CancellationToken cancellationToken)
    {
        var latest = await contentManager.GetAsync(Id, VersionOptions.Latest, cancellationToken);
        if (latest is null) return NotFound();
        if (!await authorizer.CanAsync(User, action, latest)) return Forbid();
        var published = await contentManager.GetAsync(Id, VersionOptions.Published, cancellationToken);
        Section = new ScheduleSection(latest, published, await authorizer.CanAsync(User, ContentAction.Publish, latest));
        return null;
    }
}
