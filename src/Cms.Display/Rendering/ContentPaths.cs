using Cms.Abstractions.Content;

namespace Cms.Display.Rendering;

public static class ContentPaths
{
    /// <summary>The site-relative URL of an item (<c>/</c> + AutoroutePart.Path), or null when it has no path.</summary>
    public static string? UrlOf(ContentItem item)
    {
        var path = item.GetPart("AutoroutePart")?["Path"]?.GetValue<string>();
        return string.IsNullOrWhiteSpace(path) ? null : "/" + path.Trim('/');
    }
}
