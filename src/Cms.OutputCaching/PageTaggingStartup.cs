using Cms.Abstractions.Display;
using Cms.Abstractions.Modules;
using Cms.OutputCaching.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.OutputCaching;

/// <summary>
/// Wraps the <see cref="IPageRenderer"/> registered by the display module in <see cref="PageMetaRecorder"/>, so that
/// each page's <see cref="PageMeta.ContentItemIds"/> and <see cref="PageMeta.ContentTypes"/> tag its cached response.
/// A decoration: applied once every module's services are registered.
/// </summary>
public sealed class PageTaggingStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.Decorate<IPageRenderer>((sp, inner) => new PageMetaRecorder(inner(), sp.GetRequiredService<IHttpContextAccessor>()));
}
