using Cms.Abstractions.Content;
using Cms.ContentFields.Fields;

namespace Cms.Events.Models;

/// <summary>The <c>Event</c> part of an <c>Event</c> item (docs/contracts.md §4), read through <see cref="ContentElementExtensions.As{T}(ContentItem, string)"/>.</summary>
public sealed class EventPart
{
    public MarkdownField? Lead { get; set; }
    public DateTimeField? StartDate { get; set; }
    public DateTimeField? EndDate { get; set; }
    /// <summary>
    /// A BooleanField (<c>"AllDay": { "Value": true }</c>, Orchard Core's shape): the event fills whole days, its times
    /// are ignored. The dates are then stored at midnight, site time, of their first and last days
    /// (<see cref="Validation.EventValidator"/>).
    /// </summary>
    public FlagField? AllDay { get; set; }
    public TextField? Venue { get; set; }
    public TextField? Address { get; set; }
    public MediaField? Images { get; set; }
    public ContentPickerField? Themes { get; set; }
    public ContentPickerField? Partners { get; set; }
    public MultiTextField? Categories { get; set; }

    public DateTime? StartUtc => AsUtc(StartDate?.Value);
    public DateTime? EndUtc => AsUtc(EndDate?.Value);
    public bool IsAllDay => AllDay?.Value == true;

    private static DateTime? AsUtc(DateTime? value) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Local } v => v.ToUniversalTime(),
        var v => DateTime.SpecifyKind(v.Value, DateTimeKind.Utc),
    };
}

/// <summary>The JSON of a BooleanField (<c>{ "Value": true }</c>), read without depending on the module that registers the kind.</summary>
public sealed class FlagField
{
    public bool Value { get; set; }
}
