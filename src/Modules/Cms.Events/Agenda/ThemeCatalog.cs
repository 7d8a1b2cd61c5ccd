using Cms.Abstractions.Content;
using Cms.ContentFields.Fields;
using Cms.Events.Display;
using Cms.Events.Models;

namespace Cms.Events.Agenda;

/// <summary>A published Theme as the agenda filters and the home page use it.</summary>
public sealed record ThemeEntry(string ContentItemId, string Title, string Slug, string? Path, string? Summary);

/// <summary>
/// The published Themes (the thematic tracks), in title order, read through the index once per content change
/// (kept in the <see cref="AgendaCache"/>; once per request when it is off). There are a handful of them; listing
/// stops at <see cref="MaxThemes"/> whatever happens.
/// </summary>
public sealed class ThemeCatalog(IContentQuery query, AgendaCache cache)
{
    public const int MaxThemes = 500;
    private IReadOnlyList<ThemeEntry>? _themes;

    public async Task<IReadOnlyList<ThemeEntry>> ListAsync(CancellationToken cancellationToken)
    {
        if (_themes is not null) return _themes;
        if (cache.TryGetThemes(out var kept)) return _themes = kept!;
        var builtFrom = cache.Current;
        var themes = new List<ThemeEntry>();
        var published = new ContentListQuery { ContentType = EventNames.ThemeType, Status = ContentStatus.Published, Sort = ContentSort.DisplayTextAsc, PageSize = 100 };
        await foreach (var item in query.ListAllAsync(published, cancellationToken))
        {
            if (themes.Count >= MaxThemes) break;
            themes.Add(ToEntry(item));
        }
        _themes = themes.AsReadOnly();
        cache.StoreThemes(_themes, builtFrom);
        return _themes;
    }

    /// <summary>The ids of the themes named by <paramref name="slugs"/> (unknown slugs are left out).</summary>
    public async Task<IReadOnlyList<string>> IdsAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        if (slugs.Count == 0) return [];
        var themes = await ListAsync(cancellationToken);
        return themes.Where(t => slugs.Contains(t.Slug, StringComparer.Ordinal)).Select(t => t.ContentItemId).ToList();
    }

    private static ThemeEntry ToEntry(ContentItem item)
    {
        var path = item.As<AutoroutePart>()?.Path;
        var sitePath = string.IsNullOrWhiteSpace(path) ? null : "/" + path.Trim('/');
        var summary = item.GetField<TextField>(EventNames.ThemeType, "Summary")?.Text;
        return new ThemeEntry(item.ContentItemId, item.DisplayText ?? item.ContentItemId,
            EventUrls.Slug(sitePath) ?? item.ContentItemId, sitePath, string.IsNullOrWhiteSpace(summary) ? null : summary.Trim());
    }
}
