namespace Cms.ContentFields.Fields;

/// <summary><c>{ "Markdown": "…" }</c></summary>
public sealed class MarkdownField
{
    public string? Markdown { get; set; }
}
