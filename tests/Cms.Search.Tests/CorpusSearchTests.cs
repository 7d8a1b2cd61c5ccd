using System.Net;
using System.Text.RegularExpressions;
using Cms.Abstractions.Content;
using Cms.Search.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Search.Tests;

[Collection(CorpusSiteCollection.Name)]
public sealed partial class CorpusSearchTests(CorpusSiteFixture fixture)
{
    private static readonly HashSet<string> Common = ["numerique", "webinaire", "atelier", "journee", "evenement", "france", "public", "publique", "service", "services", "donnees", "comment", "avec", "pour", "dans", "dinum", "etat"];

    public static TheoryData<string> Events()
    {
        var data = new TheoryData<string>();
        foreach (var document in CorpusDocuments.Events().Where(d => d.Published)) data.Add(document.FileName);
        return data;
    }

    [Theory]
    [MemberData(nameof(Events))]
    public async Task A_distinctive_title_word_without_accents_and_with_one_typo_finds_the_event_in_the_first_five(string fileName)
    {
        if (fixture.Import.Refused.Any(r => r.Path.EndsWith("/" + fileName, StringComparison.Ordinal))) return;
        var document = CorpusDocuments.Events().Single(d => d.FileName == fileName);
        var word = DistinctiveWords(document.Title);
        var id = await IdOfAsync(fileName);

        var exact = await SearchAsync(word);
        Assert.True(exact.Contains(id), $"« {word} » (from « {document.Title} ») did not find it in the first five");

        var typo = OneTypo(word);
        // The typo is made in the rarest (first) word.
        var fuzzy = await SearchAsync(typo);
        Assert.True(fuzzy.Contains(id), $"« {typo} » (typo of « {word} », from « {document.Title} ») did not find it in the first five");
    }

    [Theory]
    [InlineData("%22numerique+AND+(")]
    [InlineData("title:[a+TO")]
    [InlineData("*")]
    [InlineData("~~~")]
    public async Task Malformed_query_syntax_never_gives_a_server_error(string query)
    {
        using var client = fixture.Client();
        using var response = await client.GetAsync("/recherche?q=" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_very_long_query_is_cut_and_the_page_says_so()
    {
        using var client = fixture.Client();
        var html = await client.GetStringAsync("/recherche?q=" + string.Concat(Enumerable.Repeat("numerique+", 800)));
        Assert.Contains("raccourcie à 200 caractères", html);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
    }

    [Fact]
    public async Task A_misspelled_city_shows_no_exact_result_the_suggestion_and_the_close_results()
    {
        using var client = fixture.Client();
        var html = await client.GetStringAsync("/recherche?q=Bordaux");
        Assert.Contains("Aucun résultat pour « Bordaux »", html);
        Assert.Contains(">Bordeaux</a> ?", html);
        Assert.Contains("<mark>Bordeaux</mark>", html);
    }

    [Fact]
    public async Task Words_of_the_body_elisions_and_plurals_are_found()
    {
        // « l'accessibilité » finds « accessibilité »; « communs » finds « commun ».
        Assert.NotEmpty(await SearchAsync("l'accessibilite"));
        Assert.NotEmpty(await SearchAsync("communs"));
    }

    [Fact]
    public async Task Suggestions_are_json_with_title_and_url()
    {
        using var client = fixture.Client();
        var json = await client.GetStringAsync("/recherche/suggestions?q=accessib");
        Assert.Contains("\"url\":\"/agenda/", json);
    }

    [Fact]
    public async Task The_404_page_offers_the_search_box_and_the_closest_pages()
    {
        using var client = fixture.Client();
        using var response = await client.GetAsync("/agenda/annotathon-piaf-ia-francophones-ancien");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"recherche-404-champ\"", html);
        Assert.Contains("Pages proches", html);
        Assert.Contains("href=\"/agenda/annotathon-piaf", html);
    }

    private async Task<List<string>> SearchAsync(string text)
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var results = await scope.ServiceProvider.GetRequiredService<SearchService>().SearchAsync(new SearchRequest { Text = text, PageSize = 5 });
        return results.Hits.Select(h => h.ContentItemId).ToList();
    }

    private async Task<string> IdOfAsync(string fileName)
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
        await foreach (var item in query.ListAllAsync(new ContentListQuery { ContentType = "Event", Status = ContentStatus.Published, PageSize = 200 }))
        {
            if (item.As<FrontMatterPart>()?.SourcePath?.EndsWith("/" + fileName, StringComparison.Ordinal) == true) return item.ContentItemId;
        }
        throw new InvalidOperationException($"{fileName} was not imported as a published event.");
    }

    /// <summary>
    /// The title's rarest word among the corpus titles (longest first on a tie), without accents; when that word is in
    /// more than five titles (a series of meetups), the next rarest words are added until at most five titles have them all.
    /// </summary>
    private static string DistinctiveWords(string title)
    {
        // Compared without a final « s », as plurals are one word to the search.
        var titles = CorpusDocuments.Events().Select(d => TitleWords(d.Title).Select(Singular).ToHashSet()).ToList();
        var words = TitleWords(title)
            .OrderBy(w => titles.Count(t => t.Contains(Singular(w))))
            .ThenByDescending(w => w.Length)
            .ToList();
        var chosen = new List<string>();
        foreach (var word in words)
        {
            chosen.Add(word);
            if (titles.Count(t => chosen.All(w => t.Contains(Singular(w)))) <= 5 && chosen.Any(w => w.Length >= 4 && w.All(char.IsLetter))) break;
        }
        return string.Join(' ', chosen);
    }

    private static string Singular(string word) => word.Length > 4 && word.EndsWith('s') ? word[..^1] : word;

    private static HashSet<string> TitleWords(string title) =>
        Words().Matches(CorpusDocuments.Unaccented(title)).Select(m => m.Value).Where(w => !Common.Contains(w)).ToHashSet();

    /// <summary>One letter changed, in the middle of the longest word.</summary>
    private static string OneTypo(string words)
    {
        var list = words.Split(' ').ToList();
        var word = list.OrderByDescending(w => w.Length).First();
        list.Remove(word);
        var rest = list.Count == 0 ? "" : " " + string.Join(' ', list);
        var i = word.Length / 2;
        var replacement = word[i] == 'e' ? 'a' : 'e';
        return word[..i] + replacement + word[(i + 1)..] + rest;
    }

    [GeneratedRegex(@"\p{L}{4,}|\b\d+\b")]
    private static partial Regex Words();
}
