namespace Cms.ContentFields.Fields;

/// <summary><c>{ "ContentItemIds": [ "…" ] }</c></summary>
public sealed class ContentPickerField
{
    public string[] ContentItemIds { get; set; } = [];
}
