namespace Cms.Abstractions.Content;

/// <summary>
/// The largest texts an item may hold, checked on every save and import (<c>Cms.ContentManagement</c>'s
/// TextLimitsHandler): a title, a one-line text field (<c>Text</c>), a Markdown body or field (<c>Markdown</c>), and
/// the nesting of the raw HTML a body may carry (<see cref="HtmlNesting.MaxDepth"/>).
/// </summary>
public static class ContentLimits
{
    public const int MaxTitleLength = 300;
    public const int MaxTextLength = 4_000;
    public const int MaxMarkdownLength = 500_000;
}
