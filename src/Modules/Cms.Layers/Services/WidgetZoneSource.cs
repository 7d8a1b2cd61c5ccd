using System.Net;
using System.Security.Claims;
using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Layers.Rules;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Layers.Services;

/// <summary>
/// Places the widgets in the layout's zones of the page being rendered: the layers whose rule matches the request (its
/// path, the visitor's sign-in and roles), then each published widget of those layers, rendered through the display
/// (its Detail display: <c>Content-RawHtml</c>… templates, part and field shapes) in its zone, by position. With
/// <c>RenderTitle</c> the widget's title heads it.
/// </summary>
public sealed class WidgetZoneSource(WidgetCatalog catalog, IHttpContextAccessor http, IServiceProvider services) : ILayoutZoneSource
{
    public async Task AddAsync(PageMeta meta, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.CurrentAsync(cancellationToken);
        if (snapshot.Widgets.Count == 0) return;
        var request = Request(http.HttpContext);
        var shown = snapshot.Layers.Where(l => RuleEvaluator.Evaluate(l.Rule, request)).Select(l => l.Name).ToHashSet(StringComparer.Ordinal);
        if (shown.Count == 0) return;
        var renderer = services.GetRequiredService<IPageRenderer>();
        foreach (var widget in snapshot.Widgets)
        {
            if (!shown.Contains(widget.Placement.Layer)) continue;
            var html = await renderer.RenderContentAsync(widget.Item, "Detail", meta, cancellationToken);
            var title = widget.Placement.RenderTitle && !string.IsNullOrWhiteSpace(widget.DisplayText)
                ? $"<h2 class=\"cms-widget__title\">{WebUtility.HtmlEncode(widget.DisplayText)}</h2>"
                : "";
            meta.Zones.Add(widget.Placement.Zone,
                $"<div class=\"cms-widget cms-widget--{WebUtility.HtmlEncode(widget.ContentType)}\" data-widget=\"{WebUtility.HtmlEncode(widget.ContentItemId)}\">{title}{html}</div>",
                widget.Placement.Position);
        }
    }

    public static RuleRequest Request(HttpContext? context)
    {
        if (context is null) return RuleRequest.Anonymous("/");
        var path = context.Request.Path.HasValue ? context.Request.Path.Value! : "/";
        var user = context.User;
        return user.Identity?.IsAuthenticated == true
            ? new RuleRequest(path, true, user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList())
            : RuleRequest.Anonymous(path);
    }
}
