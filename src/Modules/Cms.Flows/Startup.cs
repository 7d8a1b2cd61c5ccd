using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Recipes;
using Cms.Admin;
using Cms.Flows.Display;
using Cms.Flows.Editors;
using Cms.Flows.Models;
using Cms.Flows.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Flows;

/// <summary>
/// Orchard Core's <c>FlowPart</c> (module <c>OrchardCore.Flows</c>): its widgets, items of the types with the
/// <c>Widget</c> stereotype nested in <c>FlowPart.Widgets</c> with their <c>FlowMetadata</c>, shown in order on the
/// item's page, edited in its form, sanitized and searched as the item's own content. BagPart's display and editor are
/// the core's.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureAliases("Flows", "OrchardCore.Flows");
        services.AddScoped<FlowWidgetTypes>();
        services.AddContentPart(FlowPart.TypeName, typeof(FlowPart)).WithSettings<FlowPartSettings>()
            .HoldsItems(FlowPart.WidgetsProperty)
            .UseDisplayDriver<FlowPartDisplayDriver>()
            .UseEditor<FlowPartEditor>()
            .UseTextExtractor<FlowPartTextExtractor>();
        // The editor's Razor view is compiled into this assembly.
        services.AddAdminPages(typeof(Startup).Assembly);
    }
}
