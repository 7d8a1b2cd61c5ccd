using System.Reflection;
using Cms.Abstractions.Modules;

namespace Cms.Hosting;

/// <summary>Finds every <see cref="ModuleStartup"/> in the <c>Cms.*</c> assemblies beside the program.</summary>
public static class ModuleCatalog
{
    public static IReadOnlyList<ModuleStartup> Discover(string? directory = null)
    {
        directory ??= AppContext.BaseDirectory;
        var assemblies = new List<Assembly>();
        foreach (var file in Directory.EnumerateFiles(directory, "Cms.*.dll").Order(StringComparer.Ordinal))
        {
            var name = AssemblyName.GetAssemblyName(file);
            if (name.Name is null || name.Name.EndsWith(".Tests", StringComparison.Ordinal)) continue;
            assemblies.Add(Assembly.Load(name));
        }
        return assemblies
            .SelectMany(SafeTypes)
            .Where(t => t is { IsAbstract: false, IsPublic: true } && typeof(ModuleStartup).IsAssignableFrom(t))
            .Select(t => (ModuleStartup)Activator.CreateInstance(t)!)
            .OrderBy(m => m.Order)
            .ThenBy(m => m.GetType().FullName, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<Type> SafeTypes(Assembly assembly)
    {
        try { return assembly.GetExportedTypes(); }
        catch (ReflectionTypeLoadException e) { return e.Types.OfType<Type>(); }
    }
}
