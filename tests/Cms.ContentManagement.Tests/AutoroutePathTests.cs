using Cms.ContentManagement.Handlers;
using Cms.Abstractions.Text;

namespace Cms.ContentManagement.Tests;

/// <summary>Path normalization and slugs (no store needed).</summary>
public sealed class AutoroutePathTests
{
    [Theory]
    [InlineData("/agenda/journee/", "agenda/journee")]
    [InlineData("Agenda/Été Numérique", "agenda/ete-numerique")]
    [InlineData("agenda//x", "agenda/x")]
    [InlineData("agenda/../x", "agenda/x")]
    [InlineData("a\\b", "a/b")]
    [InlineData("  ", "")]
    [InlineData("agenda/fête -- du  code!", "agenda/fete-du-code")]
    [InlineData("docs/v1.2_final", "docs/v1.2_final")]
    public void Normalize(string input, string expected) => Assert.Equal(expected, AutoroutePaths.Normalize(input));

    [Theory]
    [InlineData("Communs & souveraineté", "communs-souverainete")]
    [InlineData("  L'œuvre — 2024 ", "l-oeuvre-2024")]
    [InlineData("!!!", "")]
    public void Slug(string input, string expected) => Assert.Equal(expected, TextNormalizer.Slug(input));

    [Theory]
    [InlineData("agenda", true)]
    [InlineData("agenda/passes", true)]
    [InlineData("admin/x", true)]
    [InlineData("media/photo.jpg", true)]
    [InlineData("agenda/journee", false)]
    [InlineData("administration", false)]
    public void Reserved(string path, bool reserved)
    {
        var paths = new ReservedPaths([new("agenda"), new("agenda/passes"), new("admin", Prefix: true), new("media", Prefix: true)]);

        Assert.Equal(reserved, paths.IsReserved(path));
    }
}
