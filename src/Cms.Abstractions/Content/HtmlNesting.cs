namespace Cms.Abstractions.Content;

/// <summary>
/// How deep the elements of an HTML fragment nest, measured by one linear scan of its tags (no tree is built): the
/// parser and the sanitizer walk trees recursively, so a body of raw HTML nested thousands of levels deep would
/// cost time far beyond its size. Void elements (<c>br</c>, <c>img</c>…), elements
/// whose end tag is optional (<c>p</c>, <c>li</c>…) and self-closed tags are not counted.
/// </summary>
public static class HtmlNesting
{
    /// <summary>Levels of elements a rendered body may nest; Markdown and the seed's HTML use under twenty.</summary>
    public const int MaxDepth = 100;

    /// <summary>Void elements, and those whose end tag may be left out (so a list of unclosed <c>li</c> does not count as nesting).</summary>
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot", "colgroup",
    };

    /// <summary>True when some element of <paramref name="html"/> sits deeper than <paramref name="limit"/> levels.</summary>
    public static bool Exceeds(string html, int limit = MaxDepth)
    {
        var depth = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            var next = html[i + 1];
            if (next == '/')
            {
                if (depth > 0) depth--;
                continue;
            }
            if (!char.IsAsciiLetter(next)) continue;
            var end = i + 1;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-')) end++;
            // A tag name ends with a space, '>' or '/': <https://…> and <nom@domaine.fr> are Markdown autolinks.
            if (end < html.Length && !(char.IsWhiteSpace(html[end]) || html[end] is '>' or '/')) continue;
            var close = html.IndexOf('>', end);
            if (close < 0) break;
            var selfClosed = html[close - 1] == '/';
            if (selfClosed || NotCounted.Contains(html[(i + 1)..end])) continue;
            if (++depth > limit) return true;
        }
        return false;
    }
}
