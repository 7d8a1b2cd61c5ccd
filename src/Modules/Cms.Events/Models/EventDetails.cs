namespace Cms.Events.Models;

/// <summary>
/// Everything known about one published event once its references are resolved: what the event page, its
/// JSON-LD, its calendar entry and the feeds are built from. URLs are absolute.
/// </summary>
public sealed record EventDetails
{
    public required string ContentItemId { get; init; }
    public required string Title { get; init; }
    /// <summary>Site-relative path, starting with '/'.</summary>
    public required string Path { get; init; }
    public required string Url { get; init; }
    public DateTime? StartUtc { get; init; }
    public DateTime? EndUtc { get; init; }
    /// <summary>« Toute la journée »: whole days from the start's day to the end's, times ignored.</summary>
    public bool AllDay { get; init; }
    /// <summary>The lead as plain text (for descriptions).</summary>
    public string? LeadText { get; init; }
    public string? Venue { get; init; }
    public string? Address { get; init; }
    public IReadOnlyList<EventImage> Images { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<LinkedItem> Themes { get; init; } = [];
    public IReadOnlyList<LinkedItem> Partners { get; init; } = [];
    public DateTime? CreatedUtc { get; init; }
    public DateTime? ModifiedUtc { get; init; }
    public DateTime? PublishedUtc { get; init; }
    /// <summary>Who organizes: the site's operator (or its name) and its base URL.</summary>
    public string? OrganizerName { get; init; }
    public string? OrganizerUrl { get; init; }
}

/// <summary>An image with its alternative text ("" when decorative or unknown); <see cref="Url"/> is absolute.</summary>
public sealed record EventImage(string Url, string Alt);

/// <summary>A referenced Theme or Partner: title, site-relative path (null when it has none) and absolute URL.</summary>
public sealed record LinkedItem(string ContentItemId, string Title, string? Path, string? Url);
