namespace Cms.ContentFields.Fields;

/// <summary><c>{ "Text": "…" }</c></summary>
public sealed class TextField
{
    public string? Text { get; set; }
}
