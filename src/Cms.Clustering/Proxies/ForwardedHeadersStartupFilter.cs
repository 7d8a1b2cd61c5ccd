using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Cms.Clustering.Proxies;

/// <summary>
/// Applies the forwarded headers of known proxies before the whole pipeline (a startup filter runs outside every
/// module's middleware), so that no middleware reads the scheme or the client address before they are corrected.
/// </summary>
public sealed class ForwardedHeadersStartupFilter(ForwardedHeadersOptions options) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseForwardedHeaders(options);
        next(app);
    };
}
