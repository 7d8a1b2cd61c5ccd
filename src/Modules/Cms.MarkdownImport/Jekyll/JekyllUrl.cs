using System.Globalization;
using System.Text.RegularExpressions;

namespace Cms.MarkdownImport.Jekyll;

/// <summary>
/// The URL Jekyll gives a collection document (Document#url, Drops::UrlDrop, URL#generate_url): the front matter's
/// <c>permalink</c>, else the collection's, else <c>/:collection/:path:output_ext</c>; placeholders filled as Jekyll
/// fills them (<c>:title</c> is the file name without its date prefix and extension, or the front matter's <c>slug</c>,
/// slugified in "pretty" mode keeping case), then slashes collapsed. Returned decoded (<c>/agenda/Café/</c>), as a
/// request path reads once the server decoded it.
/// </summary>
public static partial class JekyllUrl
{
    public const string DefaultCollectionPermalink = "/:collection/:path:output_ext";

    /// <param name="relativePath">The document's path inside the collection folder, with '/' (e.g. <c>sub/2019-01-02-x.md</c>).</param>
    /// <param name="frontMatterSlug">The front matter's <c>slug</c>, if any.</param>
    /// <param name="date">The document's date (front matter <c>date</c>, else the file name's), in the site's time zone.</param>
    public static string For(string collection, string relativePath, string? permalink, string? frontMatterSlug, DateTime? date)
    {
        var match = DateFileName().Match(relativePath);
        string slug;
        if (match.Success)
        {
            slug = match.Groups["slug"].Value;
            if (date is null && DateTime.TryParseExact(match.Groups["date"].Value, ["yyyy-M-d", "yy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var fromName)) date = fromName;
        }
        else
        {
            slug = Path.GetFileNameWithoutExtension(relativePath);
        }
        slug = slug.TrimEnd('.');
        var baseName = Path.GetFileNameWithoutExtension(relativePath);
        var cleanedPath = "/" + Path.ChangeExtension(relativePath, null)!.TrimStart('/');

        var placeholders = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["collection"] = collection,
            ["path"] = cleanedPath.TrimStart('/'),
            ["name"] = JekyllSlug.Slugify(baseName),
            ["title"] = JekyllSlug.Slugify(frontMatterSlug ?? slug, "pretty", cased: true),
            ["slug"] = JekyllSlug.Slugify(frontMatterSlug ?? slug),
            ["output_ext"] = ".html",
            ["year"] = date?.ToString("yyyy", CultureInfo.InvariantCulture),
            ["month"] = date?.ToString("MM", CultureInfo.InvariantCulture),
            ["i_month"] = date?.Month.ToString(CultureInfo.InvariantCulture),
            ["day"] = date?.ToString("dd", CultureInfo.InvariantCulture),
            ["i_day"] = date?.Day.ToString(CultureInfo.InvariantCulture),
            ["short_year"] = date?.ToString("yy", CultureInfo.InvariantCulture),
            ["categories"] = "",
        };
        var template = string.IsNullOrWhiteSpace(permalink) ? DefaultCollectionPermalink : permalink.Trim();
        // Longest names first, so that ":i_month" is not read as ":i" + "_month".
        foreach (var (name, value) in placeholders.OrderByDescending(p => p.Key.Length))
        {
            template = value is null || value.Length == 0
                ? template.Replace("/:" + name, "", StringComparison.Ordinal).Replace(":" + name, "", StringComparison.Ordinal)
                : template.Replace(":" + name, value, StringComparison.Ordinal);
        }
        var url = MultipleSlashes().Replace(template, "/");
        url = "/" + LeadingDotsOrSlashes().Replace(url, "");
        return url;
    }

    [GeneratedRegex(@"^(?>.+/)*?(?<date>\d{2,4}-\d{1,2}-\d{1,2})-(?<slug>[^/]*)(?<ext>\.[^.]+)$")]
    private static partial Regex DateFileName();

    [GeneratedRegex("/{2,}")]
    private static partial Regex MultipleSlashes();

    [GeneratedRegex(@"\.+/|\A/+")]
    private static partial Regex LeadingDotsOrSlashes();
}
