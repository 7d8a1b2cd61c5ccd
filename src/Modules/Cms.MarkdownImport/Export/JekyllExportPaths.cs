using Cms.Abstractions.Time;
using Cms.Abstractions.Content;
using Cms.ContentFields.Fields;
using Cms.MarkdownImport.Mapping;

namespace Cms.MarkdownImport.Export;

/// <summary>Where an Event's document goes in a Jekyll site: its <c>SourcePath</c>, else <c>_evenements/YYYY-MM-DD-slug.markdown</c>.</summary>
public static class JekyllExportPaths
{
    public const string DefaultFolder = "_evenements";

    /// <summary>
    /// <c>_evenements/</c> + the local date of creation (else of the start, else of the last change) + the slug of the page
    /// address' last segment (else of the title) + <c>.markdown</c>.
    /// </summary>
    public static string DefaultPath(ContentItem item, SiteClock clock)
    {
        var when = item.CreatedUtc
            ?? item.GetField<DateTimeField>(EventMapper.ContentType, "StartDate")?.Value
            ?? item.ModifiedUtc
            ?? clock.UtcNow;
        var day = clock.ToLocal(when);
        var address = item.As<AutoroutePart>()?.Path;
        var slug = Slug.From(address?.Split('/')[^1] ?? "");
        if (slug.Length == 0) slug = Slug.From(item.DisplayText ?? "");
        if (slug.Length == 0) slug = item.ContentItemId;
        return $"{DefaultFolder}/{day:yyyy-MM-dd}-{slug}.markdown";
    }

    /// <summary>Why <paramref name="sourcePath"/> cannot be written under an export folder, or null when it can.</summary>
    public static string? Problem(string sourcePath)
    {
        if (sourcePath.Length == 0) return "chemin source vide";
        if (sourcePath.StartsWith('/') || sourcePath.StartsWith('\\') || Path.IsPathRooted(sourcePath) || sourcePath.Contains(':'))
        {
            return $"chemin source absolu « {sourcePath} »";
        }
        if (sourcePath.Contains('\\') || sourcePath.Any(char.IsControl))
        {
            return $"chemin source « {sourcePath} » : caractère interdit (barre oblique inverse ou caractère de contrôle)";
        }
        if (sourcePath.Split('/').Any(s => s is "" or "." or ".."))
        {
            return $"chemin source « {sourcePath} » : segment vide, « . » ou « .. » (il sortirait du dossier d'export)";
        }
        return null;
    }
}
