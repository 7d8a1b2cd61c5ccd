using Cms.Abstractions.Time;
using System.Globalization;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Display;
using Cms.Display.Listing;
using Cms.Search.Indexing;
using Cms.Search.Querying;
using Lucene.Net.Index;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cms.Search.Web;

/// <summary>
/// <c>/recherche?q=…&amp;type=…&amp;theme=…&amp;annee=…&amp;a-venir=1&amp;page=…</c>: the results page (template
/// <c>Search</c>), a plain GET form that works without JavaScript; <c>noindex</c>, never output-cached.
/// <c>/recherche/suggestions?q=…</c>: the header box's suggestions as JSON.
/// </summary>
public static class SearchPage
{
    public const string Path = "/recherche";
    public const string SuggestPath = "/recherche/suggestions";

    public static async Task<IResult> RenderAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var cancellationToken = http.RequestAborted;
        var options = services.GetRequiredService<IOptions<SearchOptions>>().Value;
        var query = http.Request.Query;
        var text = ((string?)query["q"] ?? "").Trim();
        var truncated = text.Length > SearchRequest.MaxLength;
        var request = new SearchRequest
        {
            Text = text,
            ContentType = Blank(query["type"]),
            Reference = Blank(query["theme"]),
            Year = int.TryParse(query["annee"], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1900 and < 3000 ? year : null,
            UpcomingOnly = query["a-venir"] == "1",
            Page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is > 0 and < 10_000 ? page : 1,
            PageSize = options.PageSize,
        };
        var results = await services.GetRequiredService<SearchService>().SearchAsync(request, cancellationToken);
        var searched = request.BoundedText.Trim().Length > 0 || request.ContentType is not null || request.Reference is not null || request.Year is not null || request.UpcomingOnly;

        var model = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Query"] = request.BoundedText,
            ["Truncated"] = truncated,
            ["MaxLength"] = SearchRequest.MaxLength,
            ["Searched"] = searched,
            ["Total"] = results.Total,
            ["Results"] = results.Hits.Select(hit => SearchResultView.From(hit, services.GetRequiredService<ISiteClock>().Current)).ToList(),
            ["Approximate"] = results.Approximate,
            ["Suggestion"] = results.Suggestion,
            ["SuggestionUrl"] = results.Suggestion is null ? null : Url(request with { Text = results.Suggestion, Page = 1 }),
            ["Building"] = results.State != SearchIndexState.Ready,
            ["Types"] = await TypesAsync(services, request.ContentType, cancellationToken),
            ["Themes"] = await ThemesAsync(services, options, request.Reference, cancellationToken),
            ["ThemeLabel"] = options.ReferenceFilterLabel,
            ["Years"] = Years(services.GetRequiredService<SearchIndex>(), request.Year),
            ["Upcoming"] = request.UpcomingOnly,
            ["Pagination"] = ListingPagination.Build(results.Page, results.PageCount, n => Url(request with { Page = n })),
        };
        var title = request.BoundedText.Trim().Length > 0 ? $"Recherche : {request.BoundedText.Trim()}" : "Recherche";
        var meta = new PageMeta { Title = title, CanonicalPath = Path, NoIndex = true };
        meta.Breadcrumbs.Add(new Breadcrumb("Recherche", null));
        var result = await services.GetRequiredService<IPageRenderer>().RenderPageResultAsync("Search", model, meta, cancellationToken);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        return result;
    }

    public static IResult Suggest(HttpContext http)
    {
        var text = ((string?)http.Request.Query["q"] ?? "").Trim();
        var hits = http.RequestServices.GetRequiredService<SearchService>().Suggest(text);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        return Results.Json(hits.Select(h => new
        {
            title = h.Title,
            type = h.TypeLabel,
            url = h.Path,
            dates = SearchResultView.FrenchDates(h.StartUtc, h.EndUtc, http.RequestServices.GetRequiredService<ISiteClock>().Current),
        }));
    }

    /// <summary>The URL of the results page for <paramref name="request"/>.</summary>
    public static string Url(SearchRequest request)
    {
        var parameters = new Dictionary<string, string?> { ["q"] = request.BoundedText };
        if (request.ContentType is not null) parameters["type"] = request.ContentType;
        if (request.Reference is not null) parameters["theme"] = request.Reference;
        if (request.Year is not null) parameters["annee"] = request.Year.Value.ToString(CultureInfo.InvariantCulture);
        if (request.UpcomingOnly) parameters["a-venir"] = "1";
        if (request.Page > 1) parameters["page"] = request.Page.ToString(CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(Path, parameters);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public sealed record Choice(string Value, string Label, bool Selected);

    private static async Task<List<Choice>> TypesAsync(IServiceProvider services, string? selected, CancellationToken cancellationToken)
    {
        var builder = services.GetRequiredService<SearchDocumentBuilder>();
        var types = await services.GetRequiredService<IContentDefinitionManager>().ListTypeDefinitionsAsync(cancellationToken);
        var choices = new List<Choice>();
        foreach (var type in types.Where(t => t.Settings.Get<ContentTypeSettings>().Listable).OrderBy(t => t.DisplayName, StringComparer.CurrentCulture))
        {
            if (await builder.IsSearchableTypeAsync(type.Name, cancellationToken))
            {
                choices.Add(new Choice(type.Name, string.IsNullOrEmpty(type.DisplayName) ? type.Name : type.DisplayName, type.Name == selected));
            }
        }
        return choices;
    }

    private static async Task<List<Choice>> ThemesAsync(IServiceProvider services, SearchOptions options, string? selected, CancellationToken cancellationToken)
    {
        var choices = new List<Choice>();
        await foreach (var item in services.GetRequiredService<IContentQuery>().ListAllAsync(
            new ContentListQuery { ContentType = options.ReferenceFilterType, Status = ContentStatus.Published, Sort = ContentSort.DisplayTextAsc, PageSize = 200 }, cancellationToken))
        {
            choices.Add(new Choice(item.ContentItemId, item.DisplayText ?? item.ContentItemId, item.ContentItemId == selected));
        }
        return choices;
    }

    /// <summary>The years of the indexed items, most recent first.</summary>
    private static List<Choice> Years(SearchIndex index, int? selected) => index.Search(searcher =>
    {
        var years = new SortedSet<int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        var terms = MultiFields.GetTerms(searcher.IndexReader, SearchFields.YearText);
        if (terms is not null)
        {
            var enumerator = terms.GetEnumerator();
            while (enumerator.MoveNext())
            {
                if (int.TryParse(enumerator.Term.Utf8ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) years.Add(year);
            }
        }
        return years.Select(y => new Choice(y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture), y == selected)).ToList();
    });
}
