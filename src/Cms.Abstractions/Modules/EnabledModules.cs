using System.Reflection;

namespace Cms.Abstractions.Modules;

/// <summary>
/// The assemblies of the enabled modules, in start order (each after the modules it depends on), as the host
/// resolved them from their manifests. Services that look for what modules ship (embedded templates…) read this
/// list rather than guess modules from assembly names.
/// </summary>
public sealed class EnabledModules(IReadOnlyList<Assembly> assemblies)
{
    public IReadOnlyList<Assembly> Assemblies { get; } = assemblies;

    /// <summary>Each module's id (its assembly name) and name (its manifest's, or the id).</summary>
    public IEnumerable<(string Id, string Name)> Names => Assemblies.Select(a =>
    {
        var id = a.GetName().Name!;
        return (id, a.GetCustomAttribute<ModuleAttribute>()?.Name is { Length: > 0 } name ? name : id);
    });

    /// <summary>Without a host (some tests): the loaded assemblies that carry a <see cref="ModuleAttribute"/> manifest.</summary>
    public static EnabledModules FromLoadedAssemblies() => new(AppDomain.CurrentDomain.GetAssemblies()
        .Where(a => !a.IsDynamic && a.GetCustomAttribute<ModuleAttribute>() is not null)
        .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)
        .ToList());
}
