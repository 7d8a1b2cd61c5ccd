using System.Globalization;
using System.Runtime.CompilerServices;
using Cms.Display.Rendering;
using Fluid;
using Fluid.Ast;
using Fluid.Values;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Display.Liquid;

/// <summary>
/// <c>{% kept %}…{% endkept %}</c>: a part of the layout that reads only values shared by many pages (the site's
/// settings, the theme, <c>Page.Navigation</c> and <c>Page.FooterLinks</c>) is rendered once per such values and kept
/// (<see cref="KeptParts"/>), instead of for every page. What the block reads from outside is found from its statements
/// (<see cref="KeptBlockReads"/>): a block that could read anything else is refused. At each page, each outside value
/// is read: a string, number, boolean or nothing is part of the key by value; <c>Page.Navigation</c> or
/// <c>Page.FooterLinks</c> by reference when they are the kept ones (<see cref="PageValues.IsKept"/>); any other value,
/// or a variable the block assigns already set, and the block is rendered as if it were not marked.
/// </summary>
public static class KeptTag
{
    /// <summary>The ambient value holding the template's <c>Page</c> values (set by the page renderer).</summary>
    public const string PageKey = "Cms.Page";

    private static readonly ConditionalWeakTable<IReadOnlyList<Statement>, KeptBlockReads> Reads = new();
    private static readonly object[] TypeMarkers = Enum.GetValues<FluidValues>().Select(object (_) => new object()).ToArray();
    private static readonly object KeptValueMarker = new();

    public static void Register(FluidParser parser) =>
        parser.RegisterEmptyBlock("kept", async (statements, writer, encoder, context) =>
        {
            var reads = Reads.GetValue(statements, KeptBlockReads.Of);
            if (reads.Problem is { } problem) throw new InvalidOperationException(problem);
            var kept = context.AmbientValues.TryGetValue(LiquidServices.ServicesKey, out var found) && found is IServiceProvider services
                ? services.GetService<KeptParts>()
                : null;
            if (kept is not { Enabled: true } || await KeyAsync(reads, context) is not { } key)
            {
                return await ZoneTag.RenderAsync(statements, writer, encoder, context);
            }
            if (kept.TryGet(statements, key, out var html))
            {
                await writer.WriteAsync(html);
                return Completion.Normal;
            }
            var generation = kept.Generation;
            var buffer = new StringWriter(CultureInfo.InvariantCulture);
            var completion = await ZoneTag.RenderAsync(statements, buffer, encoder, context);
            html = buffer.ToString();
            await writer.WriteAsync(html);
            if (completion == Completion.Normal) kept.Store(statements, key, html, generation);
            return completion;
        });

    /// <summary>The outside values the block reads, or null when one of them cannot be part of a key.</summary>
    private static async ValueTask<KeptKey?> KeyAsync(KeptBlockReads reads, TemplateContext context)
    {
        foreach (var name in reads.Assigned)
        {
            if (!context.GetValue(name).IsNil()) return null;
        }
        var parts = new object?[reads.OutsidePaths.Count * 2];
        var i = 0;
        foreach (var (path, expression) in reads.OutsidePaths)
        {
            var value = await expression.EvaluateAsync(context);
            if (value.Type is FluidValues.String or FluidValues.Number or FluidValues.Boolean or FluidValues.Nil or FluidValues.Empty or FluidValues.Blank)
            {
                parts[i++] = TypeMarkers[(int)value.Type];
                parts[i++] = value.ToStringValue();
            }
            else if (KeptPageValue(path, context) is { } shared)
            {
                parts[i++] = KeptValueMarker;
                parts[i++] = shared;
            }
            else
            {
                return null;
            }
        }
        return new KeptKey(parts);
    }

    private static object? KeptPageValue(string path, TemplateContext context) =>
        path.StartsWith("Page.", StringComparison.Ordinal) && path.IndexOf('.', 5) < 0
        && context.AmbientValues.TryGetValue(PageKey, out var found) && found is IReadOnlyDictionary<string, object?> page
        && page.TryGetValue(path[5..], out var value) && PageValues.IsKept(value)
            ? value
            : null;
}
