namespace Cms.Abstractions.Content;

/// <summary><c>{ "Url": "…", "Text": "…" }</c></summary>
public sealed class LinkField
{
    public string? Url { get; set; }
    public string? Text { get; set; }
}
