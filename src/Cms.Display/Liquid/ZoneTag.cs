using System.Globalization;
using Cms.Abstractions.Display;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Cms.Display.Liquid;

/// <summary>
/// Orchard's <c>{% zone "Header" %}…{% endzone %}</c> (or <c>name: "Header"</c>; optionally <c>, position: 2</c>): what the block renders goes to
/// that named zone of the layout (<see cref="PageZones"/>) instead of where the block stands. Outside a page rendering
/// (no <see cref="PageMeta"/>) the block renders in place, so nothing is lost.
/// </summary>
public static class ZoneTag
{
    public const string MetaKey = "Cms.PageMeta";

    /// <summary>The site's Fluid parser: Fluid's own, with the tags above, <see cref="PageTitleTag"/> and <see cref="KeptTag"/> (its argument-list parser is protected).</summary>
    public sealed class Parser : FluidParser
    {
        public Parser(FluidParserOptions options) : base(options)
        {
            Register(this, ArgumentsList);
            PageTitleTag.Register(this, ArgumentsList);
            KeptTag.Register(this);
        }
    }

    private static void Register(FluidParser parser, Parlot.Fluent.Parser<IReadOnlyList<FilterArgument>> argumentsList) =>
        parser.RegisterParserBlock("zone", argumentsList, async (arguments, statements, writer, encoder, context) =>
        {
            // {% zone "Header" %}, or Orchard's other form {% zone name: "Header" %}.
            var name = arguments.Where(a => string.IsNullOrEmpty(a.Name) || string.Equals(a.Name, "name", StringComparison.OrdinalIgnoreCase))
                .Select(a => a.Expression).FirstOrDefault();
            var zone = name is null ? "" : (await name.EvaluateAsync(context)).ToStringValue();
            if (string.IsNullOrWhiteSpace(zone))
            {
                throw new InvalidOperationException("{% zone %} needs the zone's name, e.g. {% zone \"Header\" %}.");
            }
            var position = 0d;
            if (arguments.Where(a => string.Equals(a.Name, "position", StringComparison.OrdinalIgnoreCase)).Select(a => a.Expression).FirstOrDefault() is { } given)
            {
                var value = await given.EvaluateAsync(context);
                position = value.Type == FluidValues.Number ? (double)value.ToNumberValue()
                    : double.TryParse(value.ToStringValue(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
            }
            if (context.AmbientValues.TryGetValue(MetaKey, out var found) && found is PageMeta meta)
            {
                using var html = new StringWriter();
                var completion = await RenderAsync(statements, html, encoder, context);
                meta.Zones.Add(zone, html.ToString(), position);
                return completion;
            }
            return await RenderAsync(statements, writer, encoder, context);
        });

    /// <summary>The statements of a block, in order, until one breaks or continues.</summary>
    internal static async ValueTask<Completion> RenderAsync(IReadOnlyList<Statement> statements, TextWriter writer, System.Text.Encodings.Web.TextEncoder encoder, TemplateContext context)
    {
        foreach (var statement in statements)
        {
            var completion = await statement.WriteToAsync(writer, encoder, context);
            if (completion != Completion.Normal) return completion;
        }
        return Completion.Normal;
    }
}
