using System.Collections.Concurrent;
using System.Reflection;
using Cms.Abstractions.Modules;
using Fluid;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Cms.Display.Themes;

/// <summary>
/// Finds a template by name: first <c>{theme}/Views/{name}.liquid</c> (then the same in its base themes), then an
/// embedded resource ending with
/// <c>.Views.{name}.liquid</c> in the loaded module assemblies (those carrying a <see cref="ModuleAttribute"/>
/// manifest, whatever their name, such as <c>Acme.Faq</c>) and the suite's <c>Cms.*</c> assemblies. Each template is parsed once and cached (a
/// missing one too); when <see cref="SiteThemeOptions.WatchTemplates"/> is on, a change in the theme's Views folder
/// empties the cache. A template that does not parse throws, naming its file and the parser's message.
/// </summary>
public sealed class TemplateStore : IDisposable
{
    private readonly SiteTheme _theme;
    private readonly FluidParser _parser;
    private readonly ConcurrentDictionary<string, Lazy<LoadedTemplate?>> _cache = new(StringComparer.Ordinal);
    /// <summary>One watcher per Views folder (the theme's and its bases'), with its current change registration.</summary>
    private readonly Dictionary<PhysicalFileProvider, IDisposable?> _watchers = [];

    public TemplateStore(SiteTheme theme, FluidParser parser, SiteThemeOptions options)
    {
        _theme = theme;
        _parser = parser;
        if (!options.WatchTemplates) return;
        foreach (var directory in theme.ViewsDirectories.Where(Directory.Exists))
        {
            var watcher = new PhysicalFileProvider(directory);
            _watchers[watcher] = null;
            Watch(watcher);
        }
    }

    /// <summary>The first template found among <paramref name="names"/>, or null.</summary>
    public LoadedTemplate? Find(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (Find(name) is { } template) return template;
        }
        return null;
    }

    public LoadedTemplate? Find(string name) =>
        _cache.GetOrAdd(name, n => new Lazy<LoadedTemplate?>(() => Load(n), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private LoadedTemplate? Load(string name)
    {
        if (name.IndexOfAny(['/', '\\']) >= 0 || name.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Invalid template name '{name}'.", nameof(name));
        }
        foreach (var directory in _theme.ViewsDirectories)
        {
            var file = Path.Combine(directory, name + ".liquid");
            if (File.Exists(file)) return Parse(File.ReadAllText(file), file, name);
        }
        var suffix = ".Views." + name + ".liquid";
        foreach (var assembly in TemplateAssemblies())
        {
            var resource = assembly.GetManifestResourceNames().FirstOrDefault(r => r.EndsWith(suffix, StringComparison.Ordinal));
            if (resource is null) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            return Parse(reader.ReadToEnd(), $"{assembly.GetName().Name}:{resource}", name);
        }
        return null;
    }

    private LoadedTemplate Parse(string source, string origin, string name)
    {
        if (!_parser.TryParse(source, out var template, out var error))
        {
            throw new InvalidOperationException($"Template {origin}: {error}");
        }
        return new LoadedTemplate(name, origin, template, UsesShapes(source));
    }

    /// <summary>Part and field templates are rendered only for content templates that show them.</summary>
    private static bool UsesShapes(string source) =>
        source.Contains("Model.Parts", StringComparison.Ordinal) || source.Contains("Model.Shapes", StringComparison.Ordinal)
        || source.Contains("Model.Zones", StringComparison.Ordinal);

    private static IEnumerable<Assembly> TemplateAssemblies() =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && a.GetName().Name is { } n
                && (n.StartsWith("Cms.", StringComparison.Ordinal) || a.GetCustomAttribute<ModuleAttribute>() is not null))
            // Cms.Display's generic defaults come last: a module's own default wins over them.
            .OrderBy(a => a == typeof(TemplateStore).Assembly ? 1 : 0)
            .ThenBy(a => a.GetName().Name, StringComparer.Ordinal);

    private void Watch(PhysicalFileProvider watcher)
    {
        var registration = watcher.Watch("**/*.liquid").RegisterChangeCallback(_ =>
        {
            _cache.Clear();
            Watch(watcher);
        }, null);
        lock (_watchers)
        {
            _watchers[watcher]?.Dispose();
            _watchers[watcher] = registration;
        }
    }

    public void Dispose()
    {
        lock (_watchers)
        {
            foreach (var (watcher, registration) in _watchers)
            {
                registration?.Dispose();
                watcher.Dispose();
            }
        }
    }
}

/// <param name="UsesShapes">True when the template reads <c>Model.Parts</c> or <c>Model.Shapes</c>.</param>
public sealed record LoadedTemplate(string Name, string Origin, IFluidTemplate Template, bool UsesShapes = false);
