using Cms.Hosting.Modules;

namespace Cms.Integration.Tests;

public class ModuleResolverTests
{
    private static ModuleDescriptor Module(string id, params string[] dependencies) => new(id, id, "", "Test", dependencies, []);

    private static IReadOnlyList<string> Order(IEnumerable<ModuleDescriptor> modules, params string[] disabled) =>
        ModuleResolver.Resolve(modules, disabled).Select(m => m.Id).ToList();

    [Fact]
    public void Modules_start_after_their_dependencies_whatever_their_names()
    {
        var order = Order([Module("A.Site", "Z.Core"), Module("Z.Core"), Module("M.Feature", "A.Site", "Z.Core"), Module("B.Other")]);

        Assert.Equal(["B.Other", "Z.Core", "A.Site", "M.Feature"], order);
    }

    [Fact]
    public void A_disabled_module_does_not_start()
    {
        var order = Order([Module("Core"), Module("Feature", "Core"), Module("Extra", "Core")], "Extra");

        Assert.Equal(["Core", "Feature"], order);
    }

    [Fact]
    public void A_missing_dependency_refuses_the_start_naming_both_modules()
    {
        var error = Assert.Throws<ModuleLoadException>(() => Order([Module("Acme.Faq", "Acme.Search")]));

        Assert.Equal("Module 'Acme.Faq' depends on 'Acme.Search', which is not installed.", error.Message);
    }

    [Fact]
    public void A_disabled_dependency_refuses_the_start_naming_both_modules()
    {
        var error = Assert.Throws<ModuleLoadException>(() => Order([Module("Core"), Module("Feature", "Core")], "Core"));

        Assert.StartsWith("Module 'Feature' depends on 'Core', which is disabled (Cms:Modules:Disabled).", error.Message);
    }

    [Fact]
    public void Disabling_a_module_that_is_not_installed_is_refused()
    {
        var error = Assert.Throws<ModuleLoadException>(() => Order([Module("Core")], "Cmss.Events"));

        Assert.Equal("Cms:Modules:Disabled names 'Cmss.Events', which is not an installed module.", error.Message);
    }

    [Fact]
    public void A_cycle_refuses_the_start_naming_its_modules()
    {
        var error = Assert.Throws<ModuleLoadException>(() => Order([Module("A", "B"), Module("B", "A"), Module("C")]));

        Assert.Equal("Modules depend on each other in a cycle: A, B.", error.Message);
    }
}
