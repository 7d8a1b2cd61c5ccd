using System.Reflection;
using System.Text.RegularExpressions;
using Cms.Abstractions.ContentKinds;
using NetArchTest.Rules;

namespace Cms.Architecture.Tests;

/// <summary>
/// The rules that let a module extend the core without touching it. Core projects are the folders <c>src/Cms.*</c>;
/// modules are the folders under <c>src/Modules/</c> and <c>samples/</c>. Each project's assembly is named after its
/// folder and its types live under that name.
/// </summary>
public sealed partial class ModuleArchitectureTests
{
    /// <summary>The site's content types, owned by modules: no core project may name them.</summary>
    private static readonly string[] SiteContentTypes = ["Event", "InfoField", "Partner", "Theme"];

    /// <summary>The default time zone, written once in the core (<c>SiteClock.DefaultTimeZoneId</c>); everything else reads the site's.</summary>
    private const string DefaultTimeZone = "Europe/Paris";

    public static TheoryData<string> CoreProjects() => [.. CoreProjectNames()];

    public static TheoryData<string> Modules() => [.. ModuleNames()];

    [Theory]
    [MemberData(nameof(CoreProjects))]
    public void A_core_project_references_no_module(string core)
    {
        var assembly = Load(core);
        var modules = ModuleNames().ToArray();
        var referenced = assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(modules.Contains).ToList();
        Assert.True(referenced.Count == 0, $"{core} references module(s) {string.Join(", ", referenced)}: the core may not depend on a module.");

        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(modules).GetResult();
        Assert.True(result.IsSuccessful, $"{core} uses types of a module: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_uses_no_other_modules_internals(string module)
    {
        // What a module may use of another: its content models (namespaces ending in .Models or .Fields), nothing else.
        var forbidden = ModuleNames().Where(m => m != module)
            .SelectMany(m => Load(m).GetTypes())
            .Where(t => t.Namespace is { } ns && ns.StartsWith(t.Assembly.GetName().Name!, StringComparison.Ordinal)
                && !ns.EndsWith(".Models", StringComparison.Ordinal) && !ns.EndsWith(".Fields", StringComparison.Ordinal)
                && !t.Name.StartsWith('<'))
            .Select(t => t.FullName!)
            .Distinct()
            .ToArray();
        var result = Types.InAssembly(Load(module)).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful, $"{module} uses another module's services: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(CoreProjects))]
    public void A_core_project_names_no_site_content_type(string core)
    {
        var offending = StringLiterals(core, SiteContentTypes,
            // "Theme" is also the name of the template variable describing the site theme (not a content type).
            (value, line) => value == "Theme" && line.Contains("SetValue(\"Theme\"", StringComparison.Ordinal));
        Assert.True(offending.Count == 0, $"{core} names site content types (modules own them):\n{string.Join("\n", offending)}");
    }

    [Fact]
    public void The_core_sources_name_no_registered_field_kind()
    {
        var kinds = RegisteredFieldKinds();
        var word = new Regex($@"\b({string.Join("|", kinds.Select(Regex.Escape))})\b", RegexOptions.CultureInvariant);
        var offending = CoreSourceLines()
            .SelectMany(l => word.Matches(l.Text).Select(m => $"{l.Place}: {m.Value}"))
            .ToList();
        Assert.True(offending.Count == 0,
            $"Core sources name field kinds (the module registering a kind owns its name; say \"a date field\" in a comment, go through the kind's registration in code):\n{string.Join("\n", offending)}");
    }

    [Fact]
    public void The_core_sources_write_the_default_time_zone_once()
    {
        var places = CoreSourceLines()
            .SelectMany(l => Enumerable.Repeat(l.Place, CountOf(l.Text, DefaultTimeZone)))
            .ToList();
        Assert.True(places.Count <= 1,
            $"Core sources write {DefaultTimeZone} {places.Count} times; once is the default (SiteClock), the rest reads the site's time zone (ISiteClock):\n{string.Join("\n", places)}");
    }

    [Fact]
    public void The_registered_field_kinds_are_found()
    {
        // What the two rules above check against: the kinds the modules register, found by running their startups.
        var kinds = RegisteredFieldKinds();
        Assert.Contains("DateTimeField", kinds);
        Assert.Contains("ContentPickerField", kinds);
        Assert.Contains("RatingField", kinds);
        Assert.Matches(new Regex(@"\bDateTimeField\b"), "a DateTimeField value");
        Assert.DoesNotMatch(new Regex(@"\bDateTimeField\b"), "DateTimeFieldIndex");
    }

    /// <summary>The names of the field kinds every module (and sample) registers in its startups' ConfigureServices.</summary>
    private static string[] RegisteredFieldKinds()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        foreach (var module in ModuleNames().Select(Load).Select(Cms.Hosting.Modules.ModuleDescriptor.From))
        {
            foreach (var startup in module.Startups) startup.ConfigureServices(services, configuration);
        }
        return [.. services.ContentKinds().Fields.Select(k => k.Name).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every line of the core projects' sources (code, views, templates, styles, scripts, READMEs), as "file:line",
    /// except the EF migrations of Cms.Data (schema history) and build output.
    /// </summary>
    private static IEnumerable<(string Place, string Text)> CoreSourceLines()
    {
        string[] extensions = [".cs", ".cshtml", ".csproj", ".liquid", ".css", ".js", ".json", ".md"];
        string[] skipped = ["bin", "obj", "node_modules", "App_Data", "TestResults"];
        var migrations = Path.Combine(Root, "src", "Cms.Data", "Migrations") + Path.DirectorySeparatorChar;
        foreach (var core in CoreProjectNames())
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "src", core), "*.*", SearchOption.AllDirectories)
                         .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.Ordinal))
                         .Where(f => !f.StartsWith(migrations, StringComparison.Ordinal))
                         .Where(f => !Path.GetRelativePath(Root, f).Split(Path.DirectorySeparatorChar).Any(skipped.Contains))
                         .Order(StringComparer.Ordinal))
            {
                var lineNumber = 0;
                foreach (var line in File.ReadLines(file))
                {
                    lineNumber++;
                    yield return ($"{Path.GetRelativePath(Root, file)}:{lineNumber}", line);
                }
            }
        }
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>Each "…" literal of the project's .cs and .cshtml files that is one of <paramref name="names"/>, as file:line.</summary>
    private static List<string> StringLiterals(string core, string[] names, Func<string, string, bool> allowed)
    {
        var offending = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "src", core), "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                         && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                foreach (Match literal in StringLiteral().Matches(line))
                {
                    var value = literal.Groups[1].Value;
                    if (names.Contains(value) && !allowed(value, line))
                    {
                        offending.Add($"{Path.GetRelativePath(Root, file)}:{lineNumber}: \"{value}\"");
                    }
                }
            }
        }
        return offending;
    }

    [Fact]
    public void The_rules_see_the_projects()
    {
        Assert.Contains("Cms.Abstractions", CoreProjectNames());
        Assert.Contains("Cms.Events", ModuleNames());
        Assert.Contains("Cms.Samples.Ratings", ModuleNames());
        // The dependency rule does catch a use: the sample's startup uses its own editor type.
        var uses = Types.InAssembly(Load("Cms.Samples.Ratings")).ShouldNot()
            .HaveDependencyOnAny(["Cms.Samples.Ratings.Fields.RatingFieldEditor"]).GetResult();
        Assert.False(uses.IsSuccessful);
        Assert.Contains("Cms.Samples.Ratings.Startup", uses.FailingTypeNames);
    }

    private static IEnumerable<string> CoreProjectNames() => ProjectFolders("src").Where(n => n.StartsWith("Cms.", StringComparison.Ordinal));

    private static IEnumerable<string> ModuleNames() => ProjectFolders(Path.Combine("src", "Modules")).Concat(ProjectFolders("samples"));

    private static IEnumerable<string> ProjectFolders(string under) =>
        Directory.EnumerateDirectories(Path.Combine(Root, under))
            .Where(d => File.Exists(Path.Combine(d, Path.GetFileName(d) + ".csproj")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    private static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));

    private static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cms.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"Cms.sln not found above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex("\"([A-Za-z]+)\"")]
    private static partial Regex StringLiteral();
}
