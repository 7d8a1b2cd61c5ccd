using Cms.Abstractions.Time;
using Cms.Abstractions.Display;
using Cms.Search.Querying;

namespace Cms.Search.Web;

/// <summary>
/// The 404 page's « Pages proches »: the words of the missing path (<c>/agenda/atelier-numerique-bordeaux</c> →
/// « atelier numerique bordeaux ») searched with any of them matching, best five; and the words for the search box.
/// </summary>
public sealed class ClosestPagesOnNotFound(SearchService search, ISiteClock clock) : INotFoundContributor
{
    public async Task ContributeAsync(string path, IDictionary<string, object?> model, CancellationToken cancellationToken)
    {
        var words = PathWords(path);
        model["SearchWords"] = words;
        if (words.Length == 0) return;
        // OR between the words: a path with one changed word still finds its page.
        var anyWord = string.Join(" OR ", words.Split(' ').Select(w => Lucene.Net.QueryParsers.Classic.QueryParserBase.Escape(w)));
        var results = await search.SearchAsync(new SearchRequest { Text = anyWord, PageSize = 5 }, cancellationToken);
        model["Closest"] = results.Hits.Select(hit => SearchResultView.From(hit, clock.Current)).ToList();
    }

    private const int MaxWords = 6;
    private const int MaxWordLength = 25;

    /// <summary>
    /// The last segments' words: separators and file extensions removed; only words of letters (a token such as
    /// <c>9f2c0a1b</c> or <c>2023</c> names no page), at most 25 letters and 6 words, so that a random path costs no
    /// long fuzzy search.
    /// </summary>
    public static string PathWords(string path)
    {
        var segments = Uri.UnescapeDataString(path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var words = segments.TakeLast(2)
            .Select(s => System.IO.Path.GetFileNameWithoutExtension(s))
            .SelectMany(s => s.Split(['-', '_', '.', ' ', '+'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length is > 1 and <= MaxWordLength && w.All(char.IsLetter))
            .Take(MaxWords);
        return string.Join(' ', words);
    }
}
