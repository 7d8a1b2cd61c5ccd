using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Display.Liquid;
using Fluid;

namespace Cms.Display.Rendering;

/// <summary>
/// Orchard's AutoroutePart patterns rendered with the site's one Fluid parser and filters: the model is
/// <c>Model.ContentItem</c> as in templates (and <c>ContentItem</c>, as older Orchard patterns write it); the output is
/// not HTML-encoded (it becomes a path). Parsed patterns are kept, there are a few per site.
/// </summary>
public sealed class LiquidPathPatterns(DisplayTemplateOptions fluid, IServiceProvider services) : IPathPatternRenderer
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IFluidTemplate> Parsed = new(StringComparer.Ordinal);

    public async Task<PathPatternResult> RenderAsync(string pattern, ContentItem item, CancellationToken cancellationToken)
    {
        if (!Parsed.TryGetValue(pattern, out var template))
        {
            if (!fluid.Parser.TryParse(pattern, out template, out var error)) return new PathPatternResult(null, error);
            Parsed.TryAdd(pattern, template);
        }
        var context = new TemplateContext(fluid.Options);
        context.AmbientValues[LiquidServices.ServicesKey] = services;
        var contentItem = new ContentItemJson(item);
        context.SetValue("Model", new Dictionary<string, object?> { ["ContentItem"] = contentItem });
        context.SetValue("ContentItem", contentItem);
        try
        {
            return new PathPatternResult(await template.RenderAsync(context, NullEncoder.Default), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new PathPatternResult(null, e.Message);
        }
    }
}
