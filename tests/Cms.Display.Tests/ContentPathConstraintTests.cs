using Cms.Display.Routing;

namespace Cms.Display.Tests;

public sealed class ContentPathConstraintTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("thematiques/communs-souverainete", true)]
    [InlineData("agenda/version-1.2", true)]
    [InlineData("themes/dsfr/1.15.3/dsfr.min.css", false)]
    [InlineData("media/uploads/a.jpg", false)]
    [InlineData("agenda/atelier.ics", false)]
    [InlineData("favicon.ico", false)]
    public void Content_paths_and_files_are_told_apart(string path, bool isContent) =>
        Assert.Equal(isContent, ContentPathConstraint.IsContentPath(path));
}
