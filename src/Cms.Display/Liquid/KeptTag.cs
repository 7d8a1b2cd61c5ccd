using System.Globalization;
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
/// <c>Page.FooterLinks</c> by reference when they are the kept ones (<see cref="PageValues.IsKept"/>); a member of the
/// page's <c>Model</c> that its builder marked (<see cref="KeptValues"/>), and anything read under it
/// (<c>Model.Themes.size</c>), by that member's reference, without wrapping it for the template; any other value, or a
/// variable the block assigns already set, and the block is rendered as if it were not marked.
/// </summary>
public static class KeptTag
{
    /// <summary>The ambient value holding the template's <c>Page</c> values (set by the page renderer).</summary>
    public const string PageKey = "Cms.Page";

    private static readonly object[] TypeMarkers = Enum.GetValues<FluidValues>().Select(object (_) => new object()).ToArray();
    private static readonly object KeptValueMarker = new();

    public static void Register(FluidParser parser) =>
        parser.RegisterEmptyBlock("kept", async (statements, writer, encoder, context) =>
        {
            var reads = KeptBlockReads.For(statements);
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
            // A kept value is not a string, number, boolean or nothing: looked up first, it is never wrapped for nothing.
            if ((KeptModelValue(path, context) ?? KeptPageValue(path, context)) is { } shared)
            {
                parts[i++] = KeptValueMarker;
                parts[i++] = shared;
                continue;
            }
            var value = await expression.EvaluateAsync(context);
            if (value.Type is not (FluidValues.String or FluidValues.Number or FluidValues.Boolean or FluidValues.Nil or FluidValues.Empty or FluidValues.Blank))
            {
                return null;
            }
            parts[i++] = TypeMarkers[(int)value.Type];
            parts[i++] = value.ToStringValue();
        }
        return new KeptKey(parts);
    }

    /// <summary>
    /// The marked member <c>X</c> of <c>Model</c> for the path <c>Model.X</c> or <c>Model.X.…</c> (what is under a value
    /// never changed once marked is decided by it), read as the template would read it; null for anything else.
    /// </summary>
    private static object? KeptModelValue(string path, TemplateContext context)
    {
        const string root = "Model.";
        if (!path.StartsWith(root, StringComparison.Ordinal)) return null;
        var end = path.IndexOf('.', root.Length);
        var name = end < 0 ? path[root.Length..] : path[root.Length..end];
        var value = context.GetValue("Model").ToObjectValue() switch
        {
            null => null,
            IReadOnlyDictionary<string, object?> model => model.GetValueOrDefault(name),
            var model => context.Options.MemberAccessStrategy.GetAccessor(model.GetType(), name) is { } accessor and not IAsyncMemberAccessor
                ? accessor.Get(model, name, context)
                : null,
        };
        return KeptValues.IsMarked(value) ? value : null;
    }

    private static object? KeptPageValue(string path, TemplateContext context) =>
        path.StartsWith("Page.", StringComparison.Ordinal) && path.IndexOf('.', 5) < 0
        && context.AmbientValues.TryGetValue(PageKey, out var found) && found is IReadOnlyDictionary<string, object?> page
        && page.TryGetValue(path[5..], out var value) && PageValues.IsKept(value)
            ? value
            : null;
}
