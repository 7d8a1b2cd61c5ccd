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
/// Runs after every module's services (a renderer registered later would not be wrapped, and its pages would be
/// tagged <c>content</c>: still correct, evicted on any change).
/// </summary>
public sealed class PageTaggingStartup : ModuleStartup
{
    public override int Order => 10_000;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var descriptor = services.LastOrDefault(d => d.ServiceType == typeof(IPageRenderer));
        if (descriptor is null || descriptor.IsKeyedService) return;
        services.Remove(descriptor);
        services.Add(ServiceDescriptor.Describe(typeof(IPageRenderer),
            sp => new PageMetaRecorder((IPageRenderer)OutputCachingStartup.Create(sp, descriptor), sp.GetRequiredService<IHttpContextAccessor>()),
            descriptor.Lifetime));
    }
}
