using Cms.Abstractions.Content;

namespace Cms.Admin.Scheduling;

/// <summary>
/// What the « Programmer » section of an item shows: its latest and published versions, whether the user may
/// schedule (the publish permission), and after a refused form, the input typed and the errors by field
/// (<c>PublishAt</c>, <c>UnpublishAt</c>).
/// </summary>
public sealed record ScheduleSection(ContentItem Latest, ContentItem? Published, bool CanSchedule)
{
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();
    public string? PublishAt { get; init; }
    public string? UnpublishAt { get; init; }

    public string? Error(string field) => Errors.TryGetValue(field, out var message) ? message : null;
}
