namespace Cms.Hosting.Modules;

/// <summary>
/// Which modules start, and in which order: every module not disabled, each after the modules it depends on (ties
/// by id, so the order is the same on every machine). A dependency that is missing or disabled, a disabled id that
/// names no module, or a cycle refuses the start with a <see cref="ModuleLoadException"/> naming the modules.
/// </summary>
public static class ModuleResolver
{
    public const string DisabledKey = "Cms:Modules:Disabled";

    public static IReadOnlyList<ModuleDescriptor> Resolve(IEnumerable<ModuleDescriptor> installed, IEnumerable<string> disabled)
    {
        var all = new Dictionary<string, ModuleDescriptor>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var module in installed)
        {
            if (!all.TryAdd(module.Id, module)) errors.Add($"Module '{module.Id}' is installed twice.");
        }
        var off = disabled.Select(d => d.Trim()).Where(d => d.Length > 0).ToHashSet(StringComparer.Ordinal);
        foreach (var id in off.Where(id => !all.ContainsKey(id)).Order(StringComparer.Ordinal))
        {
            errors.Add($"{DisabledKey} names '{id}', which is not an installed module.");
        }

        var enabled = all.Values.Where(m => !off.Contains(m.Id)).ToDictionary(m => m.Id, StringComparer.Ordinal);
        foreach (var module in enabled.Values.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            foreach (var dependency in module.Dependencies)
            {
                if (off.Contains(dependency))
                    errors.Add($"Module '{module.Id}' depends on '{dependency}', which is disabled ({DisabledKey}). Enable '{dependency}' or disable '{module.Id}' too.");
                else if (!all.ContainsKey(dependency))
                    errors.Add($"Module '{module.Id}' depends on '{dependency}', which is not installed.");
            }
        }
        if (errors.Count > 0) throw new ModuleLoadException(errors);

        return Sort(enabled);
    }

    private static List<ModuleDescriptor> Sort(Dictionary<string, ModuleDescriptor> enabled)
    {
        var waitingOn = enabled.Values.ToDictionary(m => m.Id, m => m.Dependencies.Count, StringComparer.Ordinal);
        var dependents = enabled.Values
            .SelectMany(m => m.Dependencies.Select(d => (Dependency: d, Dependent: m.Id)))
            .ToLookup(p => p.Dependency, p => p.Dependent, StringComparer.Ordinal);
        var ready = new SortedSet<string>(waitingOn.Where(p => p.Value == 0).Select(p => p.Key), StringComparer.Ordinal);
        var ordered = new List<ModuleDescriptor>();
        while (ready.Count > 0)
        {
            var id = ready.Min!;
            ready.Remove(id);
            ordered.Add(enabled[id]);
            foreach (var dependent in dependents[id])
            {
                if (--waitingOn[dependent] == 0) ready.Add(dependent);
            }
        }
        if (ordered.Count < enabled.Count)
        {
            var cycle = waitingOn.Where(p => p.Value > 0).Select(p => p.Key).Order(StringComparer.Ordinal);
            throw new ModuleLoadException([$"Modules depend on each other in a cycle: {string.Join(", ", cycle)}."]);
        }
        return ordered;
    }
}

/// <summary>The modules cannot start; the message names every module concerned.</summary>
public sealed class ModuleLoadException(IReadOnlyList<string> errors)
    : InvalidOperationException(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
