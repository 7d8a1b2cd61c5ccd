namespace Cms.Events.Display;

/// <summary>An image of an event as templates show it: public URL and alternative text ("" = decorative).</summary>
public sealed record EventImageView(string Url, string Alt);

/// <summary>A Theme an event belongs to: its page, and the agenda filtered on it.</summary>
public sealed record ThemeLinkView(string Title, string? Url, string Slug, string AgendaUrl);

/// <summary>A partner of an event: its page and website when known.</summary>
public sealed record PartnerLinkView(string Title, string? Url, string? Website);
