using Cms.Abstractions.Display;
using Fluid;
using Fluid.Ast;

namespace Cms.Display.Liquid;

/// <summary>
/// Orchard's <c>{% page_title Site.SiteName, position: "before", separator: " - " %}</c> (and its other name,
/// <c>{% render_title_segments %}</c>): writes the page's title (<see cref="PageMeta.Title"/>) with the given segment
/// before it (<c>position: "before"</c>) or after it (any other position), joined by the separator (<c> - </c> by
/// default); HTML-encoded. Without a page title, the segment alone; without a segment, the page title alone.
/// </summary>
public static class PageTitleTag
{
    public static void Register(FluidParser parser, Parlot.Fluent.Parser<IReadOnlyList<FilterArgument>> argumentsList)
    {
        foreach (var name in (string[])["page_title", "render_title_segments"])
        {
            parser.RegisterParserTag(name, argumentsList, async (arguments, writer, encoder, context) =>
            {
                string? segment = null, position = null, separator = null;
                foreach (var argument in arguments)
                {
                    var value = (await argument.Expression.EvaluateAsync(context)).ToStringValue();
                    switch (argument.Name?.ToLowerInvariant())
                    {
                        case null or "" or "segment": segment ??= value; break;
                        case "position": position = value; break;
                        case "separator": separator = value; break;
                    }
                }
                var title = (context.AmbientValues.TryGetValue(ZoneTag.MetaKey, out var found) ? found as PageMeta : null)?.Title;
                string[] parts = string.Equals(position, "before", StringComparison.OrdinalIgnoreCase) ? [segment ?? "", title ?? ""] : [title ?? "", segment ?? ""];
                encoder.Encode(writer, string.Join(separator ?? " - ", parts.Where(p => p.Length > 0)));
                return Completion.Normal;
            });
        }
    }
}
