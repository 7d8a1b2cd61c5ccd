using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Abstractions.Modules;

/// <summary>
/// The one contract a module implements: a public, non-abstract class deriving from this in a module's assembly
/// (one that carries a <see cref="ModuleAttribute"/> manifest) is found by the host at start (no host edit per
/// module). It registers services (including data migrations, recipe steps, commands and content handlers),
/// middleware and routes. Modules run in dependency order; the startups of one module in the order of their names.
/// </summary>
public abstract class ModuleStartup
{
    /// <summary>Services, after those of the modules this one depends on.</summary>
    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration) { }

    /// <summary>
    /// Middleware, before routing endpoints are mapped. A module's middleware wraps (runs before) the middleware of
    /// the modules it depends on: the output cache, which depends on the display, sees requests before its static files.
    /// </summary>
    public virtual void Configure(IApplicationBuilder app) { }

    /// <summary>Routes, after those of the modules this one depends on.</summary>
    public virtual void MapRoutes(IEndpointRouteBuilder routes) { }
}
