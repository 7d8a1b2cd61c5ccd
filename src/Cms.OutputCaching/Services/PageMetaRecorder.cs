using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Cms.OutputCaching.Services;

/// <summary>
/// Decorates <see cref="IPageRenderer"/>: once a page is rendered, its <see cref="PageMeta.ContentItemIds"/> and
/// <see cref="PageMeta.ContentTypes"/> become the output cache tags of the response (no change to Cms.Display:
/// the renderer is wrapped where it is registered).
/// </summary>
public sealed class PageMetaRecorder(IPageRenderer inner, IHttpContextAccessor http) : IPageRenderer
{
    private static readonly object RecordedKey = new();

    public async Task<string> RenderPageAsync(string template, object? model, PageMeta meta, CancellationToken cancellationToken = default)
    {
        var html = await inner.RenderPageAsync(template, model, meta, cancellationToken);
        Record(meta);
        return html;
    }

    public async Task<IResult> RenderPageResultAsync(string template, object? model, PageMeta meta, CancellationToken cancellationToken = default)
    {
        var result = await inner.RenderPageResultAsync(template, model, meta, cancellationToken);
        Record(meta);
        return result;
    }

    public async Task<string> RenderContentAsync(ContentItem item, string displayType, PageMeta? meta = null, CancellationToken cancellationToken = default)
    {
        var html = await inner.RenderContentAsync(item, displayType, meta, cancellationToken);
        if (meta is not null) Record(meta);
        return html;
    }

    private static readonly object RecognisedKey = new();

    /// <summary>Whether a page of this request said which content it shows.</summary>
    public static bool HasRecorded(HttpContext context) => context.Items.ContainsKey(RecordedKey);

    /// <summary>The declared query parameters the pages of this request recognised (<see cref="PageMeta.RecognisedQueryKeys"/>).</summary>
    public static IReadOnlySet<string> RecognisedQueryKeys(HttpContext context) =>
        context.Items.TryGetValue(RecognisedKey, out var keys) && keys is HashSet<string> set ? set : EmptyKeys;

    private static readonly HashSet<string> EmptyKeys = [];

    private void Record(PageMeta meta)
    {
        var context = http.HttpContext;
        var cache = context?.Features.Get<IOutputCacheFeature>()?.Context;
        if (context is null || cache is null) return;
        context.Items[RecordedKey] = true;
        if (meta.RecognisedQueryKeys.Count > 0)
        {
            if (context.Items[RecognisedKey] is not HashSet<string> recognised)
            {
                context.Items[RecognisedKey] = recognised = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }
            recognised.UnionWith(meta.RecognisedQueryKeys);
        }
        // Grown once to its size (a listing names tens of items: adding them one by one resized the set again and again).
        cache.Tags.EnsureCapacity(cache.Tags.Count + meta.ContentItemIds.Count + meta.ContentTypes.Count);
        foreach (var id in meta.ContentItemIds) cache.Tags.Add(CacheTags.Item(id));
        foreach (var type in meta.ContentTypes) cache.Tags.Add(CacheTags.Type(type));
    }
}
