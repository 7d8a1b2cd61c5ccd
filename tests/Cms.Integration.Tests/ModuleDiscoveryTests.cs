using Cms.Hosting;

namespace Cms.Integration.Tests;

public class ModuleDiscoveryTests
{
    [Fact]
    public void Every_module_of_the_suite_is_discovered_without_the_host_naming_it()
    {
        var modules = ModuleCatalog.Discover().Select(m => m.GetType().Assembly.GetName().Name).ToHashSet();

        Assert.Contains("Cms.Events", modules);
        Assert.Contains("Cms.Thematiques", modules);
        Assert.Contains("Cms.Partners", modules);
        Assert.Contains("Cms.Data", modules);
        Assert.Contains("Cms.ContentManagement", modules);
    }

    [Fact]
    public void Modules_are_ordered_by_their_order_then_by_name()
    {
        var modules = ModuleCatalog.Discover();
        var keys = modules.Select(m => (m.Order, m.GetType().FullName)).ToList();

        Assert.Equal(keys.OrderBy(k => k.Order).ThenBy(k => k.FullName, StringComparer.Ordinal).ToList(), keys);
    }
}
