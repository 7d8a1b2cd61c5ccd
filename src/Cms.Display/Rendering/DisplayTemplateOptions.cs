using Cms.Abstractions.Time;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Cms.Display.Liquid;
using Fluid;

namespace Cms.Display.Rendering;

/// <summary>The one Fluid parser and template options of the site (filters, JSON value converters, French culture; the site's time zone is set per rendering).</summary>
public sealed class DisplayTemplateOptions
{
    public DisplayTemplateOptions() : this([])
    {
    }

    /// <summary>With the filters the modules register (<see cref="ILiquidFilters"/>).</summary>
    public DisplayTemplateOptions(IEnumerable<ILiquidFilters> moduleFilters)
    {
        Options = new TemplateOptions
        {
            // Templates come from the site theme and the modules (trusted code), and page models are plain C# objects.
            MemberAccessStrategy = new UnsafeMemberAccessStrategy(),
            CultureInfo = CultureInfo.GetCultureInfo("fr-FR"),
            // Each rendering sets the site clock's zone on its context (FluidPageRenderer).
            TimeZone = SiteClock.Default.TimeZone,
        };
        JsonNodeValues.Register(Options);
        DisplayFilters.Register(Options);
        OrchardLiquidFilters.Register(Options);
        foreach (var filters in moduleFilters) filters.Register(Options);
    }

    /// <summary>Fluid's parser with the site's own tags (<see cref="ZoneTag"/>, <see cref="PageTitleTag"/>).</summary>
    public FluidParser Parser { get; } = new ZoneTag.Parser(new FluidParserOptions { AllowFunctions = false });
    public TemplateOptions Options { get; }
    /// <summary>HTML encoding that keeps accented letters readable (only markup characters are escaped).</summary>
    public TextEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);
}

/// <summary><c>Cms:SharedTemplateContext</c>: the templates of a request rendered with one Fluid context.</summary>
public sealed class SharedTemplateContextOptions
{
    /// <summary>False: a context of its own for every template (the plain path).</summary>
    public bool Enabled { get; set; } = true;
}
