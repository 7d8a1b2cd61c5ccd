namespace Cms.Abstractions.Display;

/// <summary>
/// The hosts whose https iframes bodies may keep (videos), unless <c>Cms:Markdown:IframeHosts</c> adds others: the
/// Markdown sanitizer keeps only their iframes and the Content-Security-Policy's <c>frame-src</c> allows only them.
/// </summary>
public static class EmbeddedVideoHosts
{
    public static IReadOnlyList<string> Defaults { get; } =
        ["www.youtube.com", "www.youtube-nocookie.com", "player.vimeo.com", "www.dailymotion.com"];

    public const string ConfigurationKey = "Cms:Markdown:IframeHosts";
}
