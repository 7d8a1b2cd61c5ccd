using Cms.Search.Web;

namespace Cms.Search.Tests;

/// <summary>The words the 404 page searches for its « Pages proches » (bench/Abuse: random paths).</summary>
public class NotFoundWordsTests
{
    [Theory]
    [InlineData("/agenda/atelier-numerique-bordeaux", "agenda atelier numerique bordeaux")]
    [InlineData("/agenda/annotathon-piaf-ia-francophones-ancien.html", "agenda annotathon piaf ia francophones ancien")]
    [InlineData("/9f2c0a1b2c3d4e5f/1234", "")]
    [InlineData("/agenda/rencontre-2023-b4c1", "agenda rencontre")]
    [InlineData("/a-b-c-d-e-f-g-hh-ii-jj-kk-ll-mm-nn-oo-pp", "hh ii jj kk ll mm")]
    public void Abuse_only_words_of_letters_are_searched_and_they_are_bounded(string path, string expected)
    {
        Assert.Equal(expected, ClosestPagesOnNotFound.PathWords(path));
    }

    [Fact]
    public void Abuse_a_random_letter_word_longer_than_any_french_word_is_not_searched()
    {
        Assert.Equal("", ClosestPagesOnNotFound.PathWords("/" + new string('q', 26)));
    }
}
