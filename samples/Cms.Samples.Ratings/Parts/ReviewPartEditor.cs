using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Abstractions.Editing;

namespace Cms.Samples.Ratings.Parts;

/// <summary>The reviewer's name (required) and the day of the visit (a <c>date</c> input, yyyy-MM-dd).</summary>
public sealed class ReviewPartEditor : IContentEditor
{
    public string View => "/Parts/_ReviewPart.cshtml";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        var reviewer = context.Text(element.Key("Reviewer"));
        if (reviewer is null) context.Error(element.Prefix + ".Reviewer", "« Auteur de l'avis » est obligatoire.");
        target["Reviewer"] = reviewer;
        var visited = context.Text(element.Key("VisitedOn"));
        if (visited is not null && !DateOnly.TryParseExact(visited, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            context.Error(element.Prefix + ".VisitedOn", $"« Date de la visite » : « {visited} » n'est pas une date (AAAA-MM-JJ).");
            return Task.CompletedTask;
        }
        target["VisitedOn"] = visited;
        return Task.CompletedTask;
    }
}
