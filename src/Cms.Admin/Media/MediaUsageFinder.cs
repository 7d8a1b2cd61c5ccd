using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Scheduling;
using Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Cms.Admin.Media;

/// <summary>A content item that uses a media file, in its latest or published version, or in a version scheduled for publication.</summary>
public sealed record MediaUsage(string ContentItemId, string ContentType, string? DisplayText, bool InLatest, bool InPublished, bool InScheduled = false);

/// <summary>
/// Finds the content items whose latest, published or scheduled version (a pending publication may name an older
/// version than the latest) uses a media file: in a media field (<c>Paths</c>,
/// written <c>uploads/x.jpg</c> or <c>/uploads/x%20y.jpg</c> as imported) or in any text (Markdown bodies and fields)
/// as <c>/media/{path}</c> or, for imported Jekyll links, <c>/{path}</c>. Candidate rows come from a LIKE on the stored
/// JSON (the file name as written raw, URL-escaped or JSON-escaped); each candidate is then parsed to confirm.
/// </summary>
public sealed class MediaUsageFinder(CmsDbContext db)
{
    private static readonly char[] UrlEnd = [')', '"', '\'', ' ', '\t', '\r', '\n', '?', '#', '>', '<', ']', '|', ','];

    public async Task<IReadOnlyList<MediaUsage>> FindAsync(string path, CancellationToken cancellationToken = default)
    {
        var fileName = path.Split('/')[^1];
        var patterns = Spellings(fileName).Select(s => "%" + EscapeLike(s) + "%").ToArray();
        string raw = patterns[0], escaped = patterns[1], json = patterns[2];
        var scheduled = db.ScheduledPublications.AsNoTracking()
            .Where(s => s.Status == ScheduledTaskStatus.Pending && s.Action == ScheduledAction.Publish && s.ContentItemVersionId != null)
            .Select(s => s.ContentItemVersionId!);
        var found = await db.ContentItemIndex.AsNoTracking()
            .Where(r => r.Latest || r.Published || scheduled.Contains(r.ContentItemVersionId))
            .Where(r => EF.Functions.Like(r.Document, raw, "\\") || EF.Functions.Like(r.Document, escaped, "\\") || EF.Functions.Like(r.Document, json, "\\"))
            .Select(r => new { r.ContentItemId, r.ContentType, r.DisplayText, r.Latest, r.Published, Scheduled = !r.Latest && !r.Published, r.Document })
            .ToListAsync(cancellationToken);

        var usages = new Dictionary<string, MediaUsage>(StringComparer.Ordinal);
        foreach (var row in found)
        {
            if (!Uses(JsonNode.Parse(row.Document), path)) continue;
            usages[row.ContentItemId] = usages.TryGetValue(row.ContentItemId, out var known)
                ? known with
                {
                    InLatest = known.InLatest || row.Latest, InPublished = known.InPublished || row.Published,
                    InScheduled = known.InScheduled || row.Scheduled, DisplayText = row.Latest ? row.DisplayText : known.DisplayText,
                }
                : new MediaUsage(row.ContentItemId, row.ContentType, row.DisplayText, row.Latest, row.Published, row.Scheduled);
        }
        return usages.Values.OrderBy(u => u.DisplayText, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>True when the item JSON uses <paramref name="path"/>: a media field's path (any <c>Paths</c> list) or a link in any text, nested items included.</summary>
    public static bool Uses(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["Paths"] is JsonArray paths && paths.Any(p => p is JsonValue v && v.TryGetValue<string>(out var s) && SamePath(s, path)))
                {
                    return true;
                }
                return obj.Any(p => p.Key != "FrontMatterPart" && Uses(p.Value, path));
            case JsonArray array:
                return array.Any(n => Uses(n, path));
            case JsonValue value when value.TryGetValue<string>(out var text):
                return MentionsInText(text, path);
            default:
                return false;
        }
    }

    /// <summary>A field path (<c>uploads/a.jpg</c>, <c>/uploads/a%20b.jpg</c>, <c>/media/uploads/a.jpg</c>) naming <paramref name="path"/>.</summary>
    public static bool SamePath(string fieldPath, string path) =>
        string.Equals(MediaPaths.ToStorePath(fieldPath), path, StringComparison.Ordinal);

    /// <summary>A link to the file in text: <c>/media/{path}</c> or <c>/{path}</c>, escaped or not, ending the URL there.</summary>
    public static bool MentionsInText(string text, string path)
    {
        foreach (var spelling in new[] { path, EscapePath(path) }.Distinct())
        {
            foreach (var prefix in new[] { "/media/", "/" })
            {
                var needle = prefix + spelling;
                for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
                {
                    var end = at + needle.Length;
                    var endsUrl = end == text.Length || Array.IndexOf(UrlEnd, text[end]) >= 0;
                    // "/uploads/a.jpg" must not match inside "/media/other/uploads/a.jpg" or "/xuploads/a.jpg".
                    var startsUrl = prefix == "/media/" || at == 0 || Array.IndexOf(UrlEnd, text[at - 1]) >= 0 || text[at - 1] is '(' or '=' or '[';
                    if (endsUrl && startsUrl) return true;
                }
            }
        }
        return false;
    }

    /// <summary>The ways the file name can appear in the stored JSON.</summary>
    private static IEnumerable<string> Spellings(string fileName)
    {
        yield return fileName;
        yield return Uri.EscapeDataString(fileName);
        var json = JsonSerializer.Serialize(fileName);
        yield return json[1..^1];
    }

    private static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
