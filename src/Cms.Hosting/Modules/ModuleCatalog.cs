using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Cms.Abstractions.Modules;
using Microsoft.Extensions.Configuration;

namespace Cms.Hosting.Modules;

/// <summary>
/// Finds the modules beside the program: every assembly that carries a <see cref="ModuleAttribute"/> manifest
/// (whatever its name: <c>Acme.Faq</c> as well as <c>Cms.Events</c>); then orders them (<see cref="ModuleResolver"/>) without those
/// <c>Cms:Modules:Disabled</c> turns off.
/// </summary>
public static class ModuleCatalog
{
    private const string ManifestNamespace = "Cms.Abstractions.Modules";
    private const string ManifestType = nameof(ModuleAttribute);

    public static IReadOnlyList<ModuleDescriptor> Discover(IConfiguration? configuration = null, string? directory = null) =>
        ModuleResolver.Resolve(Installed(directory), Disabled(configuration));

    /// <summary>Every installed module, enabled or not, by id.</summary>
    public static IReadOnlyList<ModuleDescriptor> Installed(string? directory = null)
    {
        directory ??= AppContext.BaseDirectory;
        var modules = new List<ModuleDescriptor>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.dll").Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileNameWithoutExtension(file);
            if (fileName.EndsWith(".Tests", StringComparison.Ordinal)) continue;
            if (!HasManifest(file)) continue;
            // By path: a directory other than the program's (tests, a plugin folder) is not in the probing paths.
            modules.Add(ModuleDescriptor.From(Assembly.LoadFrom(file)));
        }
        return modules;
    }

    /// <summary>The ids listed under <c>Cms:Modules:Disabled</c>: an array, or one comma-separated value.</summary>
    public static IReadOnlyList<string> Disabled(IConfiguration? configuration)
    {
        if (configuration is null) return [];
        var section = configuration.GetSection(ModuleResolver.DisabledKey);
        var values = section.GetChildren().Select(c => c.Value).Append(section.Value);
        return values.OfType<string>().SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
    }

    /// <summary>Reads the assembly's attributes from its metadata, without loading it.</summary>
    private static bool HasManifest(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata) return false;
            var metadata = pe.GetMetadataReader();
            if (!metadata.IsAssembly) return false;
            foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
            {
                var constructor = metadata.GetCustomAttribute(handle).Constructor;
                if (constructor.Kind != HandleKind.MemberReference) continue;
                var parent = metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent;
                if (parent.Kind != HandleKind.TypeReference) continue;
                var type = metadata.GetTypeReference((TypeReferenceHandle)parent);
                if (metadata.StringComparer.Equals(type.Name, ManifestType) && metadata.StringComparer.Equals(type.Namespace, ManifestNamespace))
                    return true;
            }
        }
        catch (BadImageFormatException)
        {
        }
        return false;
    }
}
