using Cms.Abstractions.Modules;
using Cms.Hosting;
using Cms.Hosting.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Integration.Tests;

public class ModuleDiscoveryTests
{
    [Fact]
    public void Every_module_of_the_suite_is_discovered_without_the_host_naming_it()
    {
        var modules = ModuleCatalog.Discover().Select(m => m.Id).ToHashSet();

        Assert.Contains("Cms.Events", modules);
        Assert.Contains("Cms.Thematiques", modules);
        Assert.Contains("Cms.Partners", modules);
        Assert.Contains("Cms.Data", modules);
        Assert.Contains("Cms.ContentManagement", modules);
    }

    [Fact]
    public void Every_module_of_the_suite_declares_a_manifest()
    {
        foreach (var module in ModuleCatalog.Installed())
        {
            var manifest = module.Assembly!.GetCustomAttributes(typeof(ModuleAttribute), false).OfType<ModuleAttribute>().SingleOrDefault();
            Assert.True(manifest is not null, $"{module.Id} has no [assembly: Module(...)] manifest (see docs/modules.md).");
            Assert.False(string.IsNullOrWhiteSpace(manifest.Name), $"{module.Id}: Name is empty.");
            Assert.False(string.IsNullOrWhiteSpace(manifest.Description), $"{module.Id}: Description is empty.");
            Assert.False(string.IsNullOrWhiteSpace(manifest.Category), $"{module.Id}: Category is empty.");
        }
    }

    [Fact]
    public void Every_module_starts_after_the_modules_it_depends_on()
    {
        var modules = ModuleCatalog.Discover();
        var position = modules.Select((m, i) => (m.Id, i)).ToDictionary(p => p.Id, p => p.i);

        foreach (var module in modules)
        {
            foreach (var dependency in module.Dependencies)
            {
                Assert.True(position[dependency] < position[module.Id], $"{module.Id} starts before its dependency {dependency}.");
            }
        }
        Assert.Equal("Cms.Data", modules[0].Id);
    }

    [Fact]
    public void The_host_starts_without_a_disabled_module_and_serves_nothing_of_it()
    {
        var data = TestDirectory.NewPath("cms-modules");
        try
        {
            using var app = CmsHost.Build([$"--Cms:DataDirectory={data}", "--Cms:Modules:Disabled:0=Cms.MarkdownImport"]);
            var modules = app.Services.GetRequiredService<IReadOnlyList<ModuleDescriptor>>().Select(m => m.Id).ToList();
            using var scope = app.Services.CreateScope();
            var commands = scope.ServiceProvider.GetServices<ICommand>().Select(c => c.Name).ToList();

            Assert.DoesNotContain("Cms.MarkdownImport", modules);
            Assert.Contains("Cms.Events", modules);
            Assert.DoesNotContain("import", commands);
            Assert.Contains("recipe", commands);
        }
        finally
        {
            TestDirectory.Delete(data);
        }
    }

    [Fact]
    public void The_host_refuses_to_start_when_a_disabled_module_is_needed_by_an_enabled_one()
    {
        var error = Assert.Throws<ModuleLoadException>(() => CmsHost.Build(["--Cms:Modules:Disabled=Cms.Thematiques, Cms.Display"]));

        Assert.Contains("Module 'Cms.Events' depends on 'Cms.Display', which is disabled (Cms:Modules:Disabled)", error.Message);
        Assert.DoesNotContain("Cms.Thematiques' depends", error.Message);
    }
}
