namespace Cms.Abstractions.Content;

/// <summary><c>{ "Markdown": "…" }</c>: the body, as written.</summary>
public sealed class MarkdownBodyPart
{
    public string? Markdown { get; set; }
}
