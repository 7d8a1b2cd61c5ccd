namespace Cms.Display.Markdown;

/// <summary>Configuration section <c>Cms:Markdown</c>.</summary>
public sealed class MarkdownOptions
{
    /// <summary>Hosts whose https iframes are kept in documents (videos); every other iframe is removed.</summary>
    public List<string> IframeHosts { get; set; } = [.. Cms.Abstractions.Display.EmbeddedVideoHosts.Defaults];

    /// <summary>Bytes of rendered HTML kept in memory (rendering happens once per distinct document).</summary>
    public long CacheSizeLimit { get; set; } = 64 * 1024 * 1024;
}
