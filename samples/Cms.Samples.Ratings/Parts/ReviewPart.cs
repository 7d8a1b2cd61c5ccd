namespace Cms.Samples.Ratings.Parts;

/// <summary><c>{ "Reviewer": "Camille", "VisitedOn": "2026-11-02" }</c>: who wrote the review, and when they went.</summary>
public sealed class ReviewPart
{
    public string? Reviewer { get; set; }
    public string? VisitedOn { get; set; }
}
