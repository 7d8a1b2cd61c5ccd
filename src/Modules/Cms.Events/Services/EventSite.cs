using Cms.Abstractions.Time;
using Cms.Abstractions.Settings;
using Cms.Events.Dates;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Events.Services;

/// <summary>
/// What the Events module needs to know about the site for one request: its settings, its clock (time zone and
/// current instant) and its absolute base URL (<see cref="SiteSettings.BaseUrl"/>, else the request's scheme and host).
/// The settings are read only (<see cref="ISiteSettingsStore.GetForReadingAsync"/>: shared between requests).
/// </summary>
public sealed record EventSite(SiteSettings Settings, SiteClock Clock, DateTime NowUtc, string BaseUrl)
{
    /// <summary>The host name used in calendar UIDs.</summary>
    public string Host => Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) ? uri.Host : "localhost";

    /// <summary>The absolute URL of a site path ("/agenda", "agenda/x") or the URL itself when already absolute.</summary>
    public string Absolute(string pathOrUrl) => SiteUrls.Absolute(BaseUrl, pathOrUrl);

    /// <summary>The site path of an item's AutoroutePart path: "agenda/x" → "/agenda/x".</summary>
    public static string SitePath(string autoroutePath) => "/" + autoroutePath.Trim().Trim('/');
}

/// <summary>Builds the <see cref="EventSite"/> of the current request, once per request.</summary>
public sealed class EventSiteAccessor(IServiceProvider services, TimeProvider time, IHttpContextAccessor http)
{
    private EventSite? _site;

    public async Task<EventSite> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_site is not null) return _site;
        var store = services.GetService<ISiteSettingsStore>();
        var settings = store is null ? new SiteSettings() : await store.GetForReadingAsync(cancellationToken);
        // The host's clock service; a host without the content core (some tests) reads the zone from the settings.
        var clock = services.GetService<ISiteClock>()?.Current ?? SiteClock.For(settings.TimeZone, time);
        _site = new EventSite(settings, clock, clock.UtcNow, SiteUrls.BaseUrl(settings, http.HttpContext));
        return _site;
    }
}
