using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Abstractions.Settings;
using Cms.Display.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.HomeRoute;

/// <summary>
/// A GET or HEAD of <c>/</c>, when the settings' <see cref="HomeRouteSetting"/> names a published item: that item's
/// Detail page, canonical at <c>/</c>. Otherwise (no setting, another route, an item missing or unpublished) the request
/// goes on to today's home page. Inside the output cache: the page is evicted by any settings change (every page is)
/// and by content changes (it does not list its items, so it carries the any-content tag).
/// </summary>
public sealed class HomeRouteMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (request.Path != "/" || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            await next(http);
            return;
        }
        var services = http.RequestServices;
        var settings = await services.GetRequiredService<ISiteSettingsStore>().GetForReadingAsync(http.RequestAborted);
        var item = HomeRouteSetting.ContentItemId(settings) is { } id
            ? await services.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Published, http.RequestAborted)
            : null;
        if (item is not { Published: true })
        {
            await next(http);
            return;
        }
        var meta = new PageMeta { CanonicalPath = "/" };
        var html = await services.GetRequiredService<FluidPageRenderer>().RenderContentPageAsync(item, meta, http.RequestAborted);
        http.Response.StatusCode = meta.StatusCode;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(html, http.RequestAborted);
    }
}
