using Cms.Admin.Media;

namespace Cms.Admin.Tests.Media;

public class MediaFileNameTests
{
    [Theory]
    [InlineData("Photo de l'Été 2023.JPG", "photo-de-l-ete-2023.jpg")]
    [InlineData("../../x.jpg", "x.jpg")]
    [InlineData("a/b.jpg", "b.jpg")]
    [InlineData("C:\\Users\\moi\\Bureau\\Œuvre finale.png", "oeuvre-finale.png")]
    [InlineData(".hidden.jpg", "hidden.jpg")]
    [InlineData("rapport.final.v2.PDF", "rapport-final-v2.pdf")]
    [InlineData("con.pdf", "con-fichier.pdf")]
    [InlineData("%%%.png", "fichier.png")]
    public void Names_are_normalized_and_never_carry_a_path(string original, string expected)
    {
        var (name, error) = MediaFileName.ForFile(original);
        Assert.Null(error);
        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData("con.jpg\0.png", "caractère de contrôle")]
    [InlineData("sans-extension", "pas d'extension")]
    [InlineData(".htaccess", "pas d'extension")]
    [InlineData("", "pas d'extension")]
    [InlineData("../..", "pas d'extension")]
    public void Unusable_names_are_refused_with_the_reason(string original, string reason)
    {
        var (name, error) = MediaFileName.ForFile(original);
        Assert.Null(name);
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Long_names_are_cut_and_clashes_get_a_numbered_suffix()
    {
        var (name, _) = MediaFileName.ForFile(new string('a', 300) + ".png");
        Assert.Equal(MediaFileName.MaxStemLength + 4, name!.Length);
        Assert.Equal("uploads/photo-2.jpg", MediaFileName.WithSuffix("uploads/photo.jpg", 2));
    }

    [Theory]
    [InlineData("Rapports annuels", "rapports-annuels", null)]
    [InlineData("a/b", null, "un par un")]
    [InlineData("..", null, "aucune lettre")]
    public void Folder_names_are_one_clean_segment(string original, string? expected, string? error)
    {
        var result = MediaFileName.ForFolder(original);
        Assert.Equal(expected, result.Name);
        if (error is not null) Assert.Contains(error, result.Error);
    }
}
