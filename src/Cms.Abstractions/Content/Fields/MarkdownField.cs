namespace Cms.Abstractions.Content;

/// <summary><c>{ "Markdown": "…" }</c></summary>
public sealed class MarkdownField
{
    public string? Markdown { get; set; }
}
