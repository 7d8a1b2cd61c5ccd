namespace Cms.ContentFields.Fields;

/// <summary><c>{ "Paths": [ "…" ], "MediaTexts": [ "alt text" ] }</c>: media store paths and their alternative texts, same order.</summary>
public sealed class MediaField
{
    public string[] Paths { get; set; } = [];
    public string[] MediaTexts { get; set; } = [];
}
