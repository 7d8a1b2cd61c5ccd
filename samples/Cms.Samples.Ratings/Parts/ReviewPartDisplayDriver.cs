using Cms.Abstractions.ContentKinds;

namespace Cms.Samples.Ratings.Parts;

/// <summary>
/// The reviewer, in the <c>Meta</c> zone of the Detail page (first) and after the rest in summaries; on Detail, also
/// the page's description (« Avis de Camille »).
/// </summary>
public sealed class ReviewPartDisplayDriver : ShapeDisplayDriver
{
    protected override bool Fill(Shape shape, ContentDisplayContext context)
    {
        var reviewer = context.Value["Reviewer"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(reviewer)) return false;
        shape.Location("Detail", "Meta:1").Location("Summary", "Content:10");
        if (context.DisplayType == "Detail") context.Meta.Description ??= $"Avis de {reviewer}";
        return true;
    }
}
