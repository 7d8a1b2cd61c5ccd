using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ganss.Xss;

namespace Cms.Display.Markdown;

/// <summary>
/// The HtmlSanitizer configuration of the site: the default safe tags and attributes, no <c>style</c> (the DSFR
/// classes style content), no forms, http/https/mailto/tel links only (no <c>javascript:</c>, no <c>data:</c>), iframes only
/// from the video hosts in <see cref="MarkdownOptions.IframeHosts"/>, and <c>rel="noopener noreferrer"</c> on links
/// opening a new window.
/// </summary>
public sealed class HtmlCleaner
{
    private readonly HtmlSanitizer _sanitizer;
    private readonly HashSet<string> _iframeHosts;

    public HtmlCleaner(MarkdownOptions options)
    {
        _iframeHosts = new HashSet<string>(options.IframeHosts, StringComparer.OrdinalIgnoreCase);
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedTags.Add("iframe");
        // No forms in documents (phishing); task list checkboxes (disabled inputs) stay.
        foreach (var tag in new[] { "form", "button", "select", "option", "optgroup", "textarea", "fieldset", "legend", "label" })
        {
            _sanitizer.AllowedTags.Remove(tag);
        }
        _sanitizer.AllowedAttributes.Add("class");
        _sanitizer.AllowedAttributes.Add("id");
        _sanitizer.AllowedAttributes.Add("target");
        _sanitizer.AllowedAttributes.Add("allowfullscreen");
        _sanitizer.AllowedAttributes.Add("loading");
        _sanitizer.AllowedAttributes.Remove("style");
        _sanitizer.AllowedAttributes.Remove("align");
        _sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto", "tel" }) _sanitizer.AllowedSchemes.Add(scheme);
        _sanitizer.AllowDataAttributes = false;
        // A removed element goes with its content (a script's code never shows as text).
        _sanitizer.KeepChildNodes = false;
        _sanitizer.PostProcessNode += (_, e) => PostProcess(e.Node);
    }

    public string Clean(string html) => _sanitizer.Sanitize(html);

    private void PostProcess(INode node)
    {
        if (node is not IElement element) return;
        switch (element)
        {
            case IHtmlInlineFrameElement frame:
                if (!IsAllowedFrame(frame.Source))
                {
                    frame.Remove();
                    return;
                }
                frame.SetAttribute("loading", "lazy");
                if (string.IsNullOrWhiteSpace(frame.GetAttribute("title"))) frame.SetAttribute("title", "Contenu intégré");
                break;
            case IHtmlAnchorElement anchor:
                var target = anchor.GetAttribute("target");
                if (target is null) break;
                if (target != "_blank")
                {
                    anchor.RemoveAttribute("target");
                    break;
                }
                anchor.SetAttribute("rel", "noopener noreferrer");
                break;
        }
    }

    private bool IsAllowedFrame(string? source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && _iframeHosts.Contains(uri.Host);
}
