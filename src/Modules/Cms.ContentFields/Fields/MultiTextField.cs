namespace Cms.ContentFields.Fields;

/// <summary><c>{ "Values": [ "…" ] }</c></summary>
public sealed class MultiTextField
{
    public string[] Values { get; set; } = [];
}
