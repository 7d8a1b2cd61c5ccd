using System.Reflection;
using Cms.Abstractions.Modules;

namespace Cms.Hosting.Modules;

/// <summary>A module found at start: its manifest (<see cref="ModuleAttribute"/>), its assembly and its startups.</summary>
public sealed record ModuleDescriptor(
    string Id,
    string Name,
    string Description,
    string Category,
    IReadOnlyList<string> Dependencies,
    IReadOnlyList<ModuleStartup> Startups)
{
    public Assembly? Assembly { get; init; }

    /// <summary>The module of <paramref name="assembly"/>: its manifest (the id is the assembly's name).</summary>
    public static ModuleDescriptor From(Assembly assembly)
    {
        var id = assembly.GetName().Name!;
        var manifest = assembly.GetCustomAttribute<ModuleAttribute>() ?? new ModuleAttribute();
        var startups = ExportedTypes(assembly)
            .Where(t => t is { IsAbstract: false, IsPublic: true } && typeof(ModuleStartup).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (ModuleStartup)Activator.CreateInstance(t)!)
            .ToList();
        return new ModuleDescriptor(id, string.IsNullOrWhiteSpace(manifest.Name) ? id : manifest.Name, manifest.Description,
            manifest.Category, manifest.Dependencies.Distinct(StringComparer.Ordinal).ToList(), startups) { Assembly = assembly };
    }

    private static IEnumerable<Type> ExportedTypes(Assembly assembly)
    {
        try { return assembly.GetExportedTypes(); }
        catch (ReflectionTypeLoadException e) { return e.Types.OfType<Type>().Where(t => t.IsPublic); }
    }
}
