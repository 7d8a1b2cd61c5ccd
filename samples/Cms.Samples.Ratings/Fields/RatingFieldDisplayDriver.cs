using System.Text.Json.Nodes;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Definitions;

namespace Cms.Samples.Ratings.Fields;

/// <summary>Adds <c>Model.Rating</c>, <c>Model.Max</c> and <c>Model.Stars</c> (one boolean per star, filled or not); nothing when not rated.</summary>
public sealed class RatingFieldDisplayDriver : ShapeDisplayDriver
{
    protected override bool Fill(Shape shape, ContentDisplayContext context)
    {
        var max = Math.Clamp(context.Settings.Get<RatingFieldSettings>().Max, 1, 10);
        if (context.Value["Value"] is not JsonValue value || !value.TryGetValue<int>(out var rating)) return false;
        rating = Math.Clamp(rating, 0, max);
        shape.With("Rating", rating).With("Max", max).With("Stars", Enumerable.Range(1, max).Select(i => i <= rating).ToList());
        return true;
    }
}
