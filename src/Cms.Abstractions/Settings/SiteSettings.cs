namespace Cms.Abstractions.Settings;

/// <summary>The site settings the site theme needs; set by the recipe <c>settings</c> step and the back office.</summary>
public sealed class SiteSettings
{
    public string SiteName { get; set; } = "Numérique en Commun[s]";
    public string? Tagline { get; set; }
    /// <summary>Service operator shown in the header and footer ("République française" block).</summary>
    public string? Operator { get; set; }
    /// <summary>Absolute base URL used in feeds, sitemaps and calendars, e.g. https://www.numerique.gouv.fr.</summary>
    public string? BaseUrl { get; set; }
    /// <summary>The site's time zone (IANA id): dates are typed, shown, scheduled, indexed and exported in it.</summary>
    public string TimeZone { get; set; } = Time.SiteClock.DefaultTimeZoneId;
    public string Culture { get; set; } = "fr-FR";
    public int PageSize { get; set; } = 10;
    public string? ContactEmail { get; set; }
    /// <summary>Accessibility compliance status shown in the footer: "non conforme", "partiellement conforme", "totalement conforme".</summary>
    public string AccessibilityStatus { get; set; } = "non conforme";
    /// <summary>Main navigation: label and path pairs.</summary>
    public List<NavigationLink> Navigation { get; set; } = [];
    /// <summary>Setting names the code does not know, kept as given.</summary>
    public Dictionary<string, string> Extra { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed record NavigationLink(string Label, string Path);

public interface ISiteSettingsStore
{
    /// <summary>The settings, the caller's own copy: it may change them and save them.</summary>
    Task<SiteSettings> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The settings to read only, never to change nor save: a store may hand the same instance to every reader (the
    /// public site's cache does, until the next change), instead of a copy to each.
    /// </summary>
    Task<SiteSettings> GetForReadingAsync(CancellationToken cancellationToken = default) => GetAsync(cancellationToken);

    Task SaveAsync(SiteSettings settings, CancellationToken cancellationToken = default);
}
