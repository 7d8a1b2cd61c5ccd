using System.Collections.Concurrent;
using System.Reflection;
using Cms.Abstractions.Modules;
using Fluid;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Cms.Display.Themes;

/// <summary>
/// Finds a template by name: first a stored template (<see cref="IStoredTemplateSource"/>: the Templates module's,
/// edited in the back office), then <c>{theme}/Views/{name}.liquid</c> (then the same in its base themes), then an
/// embedded resource <c>{RootNamespace}.Views.{name}.liquid</c> of an enabled module (<see cref="EnabledModules"/>,
/// whatever its name: <c>Acme.Faq</c> as well as <c>Cms.Events</c>); a module's default wins over those of the modules
/// it depends on. Each template is parsed once and cached (a
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
    private readonly Lazy<Dictionary<string, (Assembly Assembly, string Resource)>> _embedded;
    private readonly IStoredTemplateSource[] _stored;

    public TemplateStore(SiteTheme theme, FluidParser parser, SiteThemeOptions options, EnabledModules modules, IEnumerable<IStoredTemplateSource>? stored = null)
    {
        _theme = theme;
        _parser = parser;
        _embedded = new(() => EmbeddedTemplates(modules));
        _stored = stored?.ToArray() ?? [];
        foreach (var source in _stored) source.Changed += Forget;
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
        // Looked up first, so that the usual hit allocates no delegate.
        (_cache.TryGetValue(name, out var found) ? found
            : _cache.GetOrAdd(name, n => new Lazy<LoadedTemplate?>(() => Load(n), LazyThreadSafetyMode.ExecutionAndPublication))).Value;

    /// <summary>Forgets every parsed template (a stored template changed).</summary>
    public void Forget() => _cache.Clear();

    /// <summary>Parses <paramref name="source"/> as a template named <paramref name="name"/>, or gives the parser's message.</summary>
    public bool TryParse(string name, string source, string origin, out LoadedTemplate? template, out string? error)
    {
        if (!_parser.TryParse(source, out var parsed, out error))
        {
            template = null;
            return false;
        }
        template = new LoadedTemplate(name, origin, parsed, UsesShapes(source), UsesPage(source));
        return true;
    }

    private LoadedTemplate? Load(string name)
    {
        if (name.IndexOfAny(['/', '\\']) >= 0 || name.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Invalid template name '{name}'.", nameof(name));
        }
        foreach (var source in _stored)
        {
            if (source.Find(name) is { } stored) return Parse(stored.Source, stored.Origin, name);
        }
        foreach (var directory in _theme.ViewsDirectories)
        {
            var file = Path.Combine(directory, name + ".liquid");
            if (File.Exists(file)) return Parse(File.ReadAllText(file), file, name);
        }
        if (_embedded.Value.TryGetValue(name, out var embedded))
        {
            using var stream = embedded.Assembly.GetManifestResourceStream(embedded.Resource)!;
            using var reader = new StreamReader(stream);
            return Parse(reader.ReadToEnd(), $"{embedded.Assembly.GetName().Name}:{embedded.Resource}", name);
        }
        return null;
    }

    private LoadedTemplate Parse(string source, string origin, string name)
    {
        if (!_parser.TryParse(source, out var template, out var error))
        {
            throw new InvalidOperationException($"Template {origin}: {error}");
        }
        return new LoadedTemplate(name, origin, template, UsesShapes(source), UsesPage(source));
    }

    /// <summary>Part and field templates are rendered only for content templates that show them.</summary>
    private static bool UsesShapes(string source) =>
        source.Contains("Model.Parts", StringComparison.Ordinal) || source.Contains("Model.Shapes", StringComparison.Ordinal)
        || source.Contains("Model.Zones", StringComparison.Ordinal);

    /// <summary>
    /// Whether the template can read <c>Page</c> (the layout's values computed from the page's meta): only a template
    /// whose text names it, since templates include no other file (a shape rendered from a template is rendered apart).
    /// </summary>
    private static bool UsesPage(string source) => source.Contains("Page", StringComparison.Ordinal);

    /// <summary>Each template name's resource: modules in reverse start order, so that a module's own default wins over
    /// those of the modules it depends on (Cms.Display's generic <c>Content.liquid</c>…).</summary>
    private static Dictionary<string, (Assembly, string)> EmbeddedTemplates(EnabledModules modules)
    {
        const string folder = ".Views.", extension = ".liquid";
        var templates = new Dictionary<string, (Assembly, string)>(StringComparer.Ordinal);
        foreach (var assembly in modules.Assemblies.Reverse())
        {
            foreach (var resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
            {
                var start = resource.LastIndexOf(folder, StringComparison.Ordinal);
                if (start < 0 || !resource.EndsWith(extension, StringComparison.Ordinal)) continue;
                var name = resource[(start + folder.Length)..^extension.Length];
                if (name.Length > 0) templates.TryAdd(name, (assembly, resource));
            }
        }
        return templates;
    }

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
        foreach (var source in _stored) source.Changed -= Forget;
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
public sealed record LoadedTemplate(string Name, string Origin, IFluidTemplate Template, bool UsesShapes = false, bool UsesPage = true);
