using Cms.Abstractions.Time;
using Cms.Abstractions.Content;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Cms.Admin.History;

public enum DiffLineKind { Unchanged, Inserted, Deleted, Heading }

/// <param name="IsLabel">The line names a value (« Évènement › Début ») rather than holding it.</param>
public sealed record DiffLine(DiffLineKind Kind, string Text, bool IsLabel = false);

/// <summary>A line-by-line comparison of two versions (DiffPlex), unchanged runs far from any change folded away.</summary>
public static class VersionDiff
{
    /// <summary>Stands for unchanged lines left out.</summary>
    public static readonly DiffLine Folded = new(DiffLineKind.Unchanged, "…");

    public static IReadOnlyList<DiffLine> Compare(ContentItem older, ContentItem newer, SiteClock clock, ContentLabels? labels = null, int context = 3)
    {
        var model = InlineDiffBuilder.Diff(VersionText.Of(older, clock, labels), VersionText.Of(newer, clock, labels), ignoreWhiteSpace: false);
        var lines = model.Lines.Select(l =>
        {
            var isLabel = l.Text.StartsWith(VersionText.HeadingMarker, StringComparison.Ordinal);
            var text = isLabel ? l.Text[VersionText.HeadingMarker.Length..] : l.Text;
            return new DiffLine(l.Type switch
            {
                ChangeType.Inserted => DiffLineKind.Inserted,
                ChangeType.Deleted => DiffLineKind.Deleted,
                _ => isLabel ? DiffLineKind.Heading : DiffLineKind.Unchanged,
            }, text, isLabel);
        }).ToList();

        // Keep changes, the heading of each changed value, and a few lines around each change.
        var keep = new bool[lines.Count];
        string? heading = null;
        var headingIndex = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind == DiffLineKind.Heading) { heading = lines[i].Text; headingIndex = i; }
            if (lines[i].Kind is not (DiffLineKind.Inserted or DiffLineKind.Deleted)) continue;
            if (heading is not null) keep[headingIndex] = true;
            for (var j = Math.Max(0, i - context); j <= Math.Min(lines.Count - 1, i + context); j++) keep[j] = true;
        }
        var result = new List<DiffLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (keep[i]) result.Add(lines[i]);
            else if (result.Count > 0 && !ReferenceEquals(result[^1], Folded)) result.Add(Folded);
        }
        while (result.Count > 0 && ReferenceEquals(result[^1], Folded)) result.RemoveAt(result.Count - 1);
        return result;
    }
}
