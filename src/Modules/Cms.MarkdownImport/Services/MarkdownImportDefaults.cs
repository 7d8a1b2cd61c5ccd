namespace Cms.MarkdownImport.Services;

/// <summary>
/// What every import uses unless it says otherwise (configuration section <c>Cms:MarkdownImport</c>): the command
/// line's <c>import</c>, the back office's zip upload and the <c>markdown-import</c> recipe step, whose own
/// <c>TagAliases</c> come on top of these.
/// </summary>
public sealed class MarkdownImportDefaults
{
    public const string Section = "Cms:MarkdownImport";

    /// <summary>Tag to thematic track, e.g. <c>"Souveraineté": "Communs &amp; souveraineté"</c> (matched by slug).</summary>
    public Dictionary<string, string> TagAliases { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
