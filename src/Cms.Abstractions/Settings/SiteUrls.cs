using Microsoft.AspNetCore.Http;

namespace Cms.Abstractions.Settings;

/// <summary>
/// The site's absolute addresses, for feeds, sitemaps and calendars: <see cref="SiteSettings.BaseUrl"/> when set,
/// else the request's scheme, host and path base, else <c>http://localhost</c> (a command without a request).
/// </summary>
public static class SiteUrls
{
    /// <summary>The base URL without a trailing slash (<c>https://www.numerique.gouv.fr</c>).</summary>
    public static string BaseUrl(SiteSettings settings, HttpContext? context)
    {
        if (!string.IsNullOrWhiteSpace(settings.BaseUrl) && Uri.TryCreate(settings.BaseUrl.Trim(), UriKind.Absolute, out var configured))
        {
            return configured.GetLeftPart(UriPartial.Path).TrimEnd('/');
        }
        if (context is null) return "http://localhost";
        var request = context.Request;
        return $"{request.Scheme}://{request.Host.Value}{request.PathBase.Value}".TrimEnd('/');
    }

    /// <summary>The absolute URL of a site path (<c>/agenda</c>, <c>agenda/x</c>), or the URL itself when already absolute.</summary>
    public static string Absolute(string baseUrl, string pathOrUrl)
    {
        if (Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return pathOrUrl;
        }
        return baseUrl + "/" + pathOrUrl.TrimStart('/');
    }
}
