namespace Cms.Abstractions.Content;

/// <summary><c>{ "Title": "…" }</c>; kept in step with <see cref="ContentItem.DisplayText"/>.</summary>
public sealed class TitlePart
{
    public string? Title { get; set; }
}
