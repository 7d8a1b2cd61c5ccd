using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Display.Caching;
using Cms.Display.Rendering;
using Cms.Display.Themes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cms.Display.Routing;

/// <summary>
/// The lowest-priority route <c>/{**path}</c>: the published item whose AutoroutePart.Path is the path, in its
/// Detail display inside the layout, else an item nested in another that a module routes (<see cref="IContentRouteResolver"/>), else a page of the site theme's manifest (<c>theme.json</c> "pages"), else the DSFR 404 page with status 404 (drafts and unpublished items included).
/// </summary>
public static class ContentPageEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, string? path)
    {
        var services = http.RequestServices;
        var cancellationToken = http.RequestAborted;
        var normalized = (path ?? "").Trim('/');
        if (normalized.Length > 0)
        {
            var item = await services.GetRequiredService<PublishedContent>().GetByPathAsync(normalized, cancellationToken);
            if (item is not { Published: true })
            {
                foreach (var resolver in services.GetServices<IContentRouteResolver>())
                {
                    if ((item = await resolver.ResolveAsync(normalized, cancellationToken)) is not null) break;
                }
            }
            if (item is { Published: true })
            {
                // Written as it renders (status and content type first), no page-sized string.
                await services.GetRequiredService<FluidPageRenderer>().WriteContentPageAsync(item, new PageMeta(), http.Response, cancellationToken);
                return Results.Empty;
            }
        }
        var theme = services.GetRequiredService<SiteTheme>();
        if (theme.Pages.TryGetValue(normalized, out var page))
        {
            var renderer = services.GetRequiredService<IPageRenderer>();
            var meta = new PageMeta { Title = page.Title, Description = page.Description, CanonicalPath = "/" + normalized };
            meta.Breadcrumbs.Add(new Breadcrumb(page.Title, null));
            return await renderer.RenderPageResultAsync(page.Template, null, meta, cancellationToken);
        }
        return await NotFoundAsync(http);
    }

    /// <summary>The DSFR 404 page (template <c>NotFound</c>), for any module that has nothing to show.</summary>
    public static async Task<IResult> NotFoundAsync(HttpContext http)
    {
        var renderer = http.RequestServices.GetRequiredService<IPageRenderer>();
        var meta = new PageMeta { Title = "Page non trouvée", StatusCode = StatusCodes.Status404NotFound };
        meta.Breadcrumbs.Add(new Breadcrumb("Page non trouvée", null));
        var path = http.Request.Path.Value ?? "/";
        var model = new Dictionary<string, object?>(StringComparer.Ordinal) { ["Path"] = path };
        foreach (var contributor in http.RequestServices.GetServices<INotFoundContributor>())
        {
            try
            {
                await contributor.ContributeAsync(path, model, http.RequestAborted);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ContentPageEndpoint))
                    .LogWarning(e, "{Contributor} failed on the 404 page of {Path}.", contributor.GetType().Name, path);
            }
        }
        return await renderer.RenderPageResultAsync("NotFound", model, meta, http.RequestAborted);
    }
}
