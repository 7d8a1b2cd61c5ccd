using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Abstractions.Modules;

/// <summary>
/// The one contract a module implements: a public, non-abstract class deriving from this in an assembly named
/// <c>Cms.*</c> is found by the host at start (no host edit per module). It registers services (including data
/// migrations, recipe steps, commands and content handlers), middleware and routes.
/// </summary>
public abstract class ModuleStartup
{
    /// <summary>Lower runs first, for services, middleware and routes alike.</summary>
    public virtual int Order => 0;

    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration) { }

    /// <summary>Middleware, before routing endpoints are mapped.</summary>
    public virtual void Configure(IApplicationBuilder app) { }

    public virtual void MapRoutes(IEndpointRouteBuilder routes) { }
}
