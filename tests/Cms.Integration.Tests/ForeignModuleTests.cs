using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using Cms.Abstractions.Modules;
using Cms.Display.Themes;
using Cms.Hosting.Modules;
using Fluid;

namespace Cms.Integration.Tests;

/// <summary>
/// A module is known by its manifest, not by its name: an assembly named <c>Acme.Faq</c> (written here, with a
/// manifest and an embedded <c>Views/Faq.liquid</c>) is discovered and its template is found.
/// </summary>
public sealed class ForeignModuleTests : IDisposable
{
    private readonly string _directory = TestDirectory.NewPath("cms-acme");

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Fact]
    public void A_module_not_named_Cms_is_discovered_by_its_manifest_and_its_embedded_templates_are_found()
    {
        Directory.CreateDirectory(_directory);
        var file = Path.Combine(_directory, "Acme.Faq.dll");
        WriteModule(file, "Acme.Faq", "Acme.Faq.Views.Faq.liquid", "<p>Questions fréquentes</p>");
        File.WriteAllText(Path.Combine(_directory, "Acme.Other.dll"), "not an assembly");

        var installed = ModuleCatalog.Installed(_directory);
        var faq = Assert.Single(installed);
        Assert.Equal("Acme.Faq", faq.Id);
        Assert.Equal("FAQ", faq.Name);

        var themes = Path.Combine(_directory, "themes");
        Directory.CreateDirectory(Path.Combine(themes, "Empty", "Views"));
        File.WriteAllText(Path.Combine(themes, "Empty", "theme.json"), "{ \"name\": \"Empty\" }");
        var options = new SiteThemeOptions { SiteTheme = "Empty", ThemesPath = themes };
        using var store = new TemplateStore(SiteTheme.Load(options, _directory), new FluidParser(), options, new EnabledModules([faq.Assembly!]));
        var template = store.Find("Faq");
        Assert.NotNull(template);
        Assert.Contains("Acme.Faq", template.Origin);
        Assert.Equal("<p>Questions fréquentes</p>", template.Template.Render(new TemplateContext()));
        // Modules that are not in the list ship nothing.
        using var without = new TemplateStore(SiteTheme.Load(options, _directory), new FluidParser(), options, new EnabledModules([]));
        Assert.Null(without.Find("Faq"));
    }

    /// <summary>An assembly with <c>[assembly: Module(Name = "FAQ", …)]</c> and one embedded resource, written with Reflection.Emit.</summary>
    private static void WriteModule(string file, string name, string resourceName, string resourceText)
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName(name) { Version = new Version(1, 0) }, typeof(object).Assembly);
        var attribute = typeof(ModuleAttribute);
        assembly.SetCustomAttribute(new CustomAttributeBuilder(attribute.GetConstructor(Type.EmptyTypes)!, [],
            [attribute.GetProperty(nameof(ModuleAttribute.Name))!, attribute.GetProperty(nameof(ModuleAttribute.Description))!,
             attribute.GetProperty(nameof(ModuleAttribute.Category))!],
            ["FAQ", "Questions and answers.", "Site"]));
        assembly.DefineDynamicModule(name).DefineType(name + ".Marker", TypeAttributes.Public | TypeAttributes.Sealed).CreateType();

        var metadata = assembly.GenerateMetadata(out var il, out var fieldData);
        var resources = new BlobBuilder();
        var bytes = Encoding.UTF8.GetBytes(resourceText);
        resources.WriteInt32(bytes.Length);
        resources.WriteBytes(bytes);
        metadata.AddManifestResource(ManifestResourceAttributes.Public, metadata.GetOrAddString(resourceName), default, 0);
        var pe = new ManagedPEBuilder(PEHeaderBuilder.CreateLibraryHeader(), new MetadataRootBuilder(metadata), il, fieldData,
            managedResources: resources);
        var image = new BlobBuilder();
        pe.Serialize(image);
        using var stream = File.Create(file);
        image.WriteContentTo(stream);
    }
}
