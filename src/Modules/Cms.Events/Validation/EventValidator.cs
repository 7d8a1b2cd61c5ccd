using Cms.Abstractions.Content;
using Cms.Abstractions.Time;
using Cms.ContentFields.Fields;
using Cms.Events.Models;

namespace Cms.Events.Validation;

/// <summary>
/// The rules that protect visitors from a wrong calendar entry, run by the content manager on every write of an
/// <c>Event</c> (draft, publication, scheduled publication, restore, recipe and import alike): the end is not before
/// the start, an end needs a start, and every practical-information link is an address a browser can open.
/// Errors name the field by its label. An all-day event (« Toute la journée ») ignores times: before validation its
/// dates are moved to midnight, site time, of their days, so its end day may be its start day or later.
/// </summary>
public sealed class EventValidator(ISiteClock clock) : IContentHandler
{
    public Task UpdatingAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (item.ContentType != EventNames.ContentType) return Task.CompletedTask;
        var part = EventPartReader.Dates(item);
        if (part is null || !part.IsAllDay) return Task.CompletedTask;
        var site = clock.Current;
        if (part.StartUtc is { } start) item.ApplyField(EventNames.Part, EventNames.StartDate, new DateTimeField { Value = site.StartOfDayUtc(site.LocalDate(start)) });
        if (part.EndUtc is { } end) item.ApplyField(EventNames.Part, EventNames.EndDate, new DateTimeField { Value = site.StartOfDayUtc(site.LocalDate(end)) });
        return Task.CompletedTask;
    }

    public Task ValidatingAsync(ContentItem item, bool publishing, ICollection<ContentValidationError> errors, CancellationToken cancellationToken)
    {
        if (item.ContentType != EventNames.ContentType) return Task.CompletedTask;
        var part = EventPartReader.Dates(item);
        if (part?.EndUtc is { } end)
        {
            if (part.StartUtc is not { } start)
            {
                errors.Add(new ContentValidationError("Event.StartDate", "« Début » est obligatoire quand « Fin » est renseignée."));
            }
            else if (end < start && part.IsAllDay)
            {
                errors.Add(new ContentValidationError("Event.EndDate",
                    $"« Fin » ({Day(end)}) précède « Début » ({Day(start)}) : le dernier jour doit être le jour de début ou un jour suivant."));
            }
            else if (end < start)
            {
                errors.Add(new ContentValidationError("Event.EndDate",
                    $"« Fin » ({Display(end)}) précède « Début » ({Display(start)}) : l'évènement doit finir après avoir commencé."));
            }
        }

        var links = EventPartReader.InfoLinks(item);
        for (var i = 0; i < links.Count; i++)
        {
            var url = links[i];
            if (string.IsNullOrWhiteSpace(url) || LinkField.IsValidUrl(url)) continue;
            errors.Add(new ContentValidationError($"{EventNames.InfoFieldsBag}[{i}].{EventNames.InfoFieldType}.Link",
                $"« Lien » de l'information pratique {i + 1} : « {url} » n'est pas une adresse valide (attendu https://…, mailto:… ou un chemin du site commençant par /)."));
        }
        return Task.CompletedTask;
    }

    private string Day(DateTime utc) => clock.Current.ToLocal(utc).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private string Display(DateTime utc) => clock.Current.ToLocal(utc).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
