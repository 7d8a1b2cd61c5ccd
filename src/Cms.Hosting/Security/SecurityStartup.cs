using Cms.Abstractions.Display;
using Cms.Abstractions.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Hosting.Security;

/// <summary>
/// The security headers of every response (<see cref="SecurityHeadersMiddleware"/>, <c>Cms:Security</c>), first in
/// the pipeline so that cached pages, static files and errors carry them too; before them, a visitor who disconnects
/// during a render is not logged as an error (<see cref="ClientDisconnectMiddleware"/>).
/// </summary>
public sealed class SecurityStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var options = new SecurityOptions();
        configuration.GetSection("Cms:Security").Bind(options);
        // The video hosts bodies may embed, read as the Markdown sanitizer reads them (defaults, then configured ones).
        var frameHosts = EmbeddedVideoHosts.Defaults
            .Concat(configuration.GetSection(EmbeddedVideoHosts.ConfigurationKey).Get<string[]>() ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase);
        services.AddSingleton(new SecurityHeaders(options, frameHosts));
        // A startup filter runs outside every module's middleware: first in the pipeline whatever the module order.
        services.AddTransient<IStartupFilter, SecurityStartupFilter>();
    }

    private sealed class SecurityStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseMiddleware<ClientDisconnectMiddleware>();
            app.UseMiddleware<SecurityHeadersMiddleware>();
            next(app);
        };
    }
}
