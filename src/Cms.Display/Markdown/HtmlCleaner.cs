using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ganss.Xss;

namespace Cms.Display.Markdown;

/// <summary>
/// The HtmlSanitizer configuration of the site: the default safe tags and attributes, no <c>style</c> (the DSFR
/// classes style content), no forms, http/https/mailto/tel links only (no <c>javascript:</c>, no <c>data:</c>), iframes only
/// from the video hosts in <see cref="MarkdownOptions.IframeHosts"/>, and <c>rel="noopener noreferrer"</c> on links
/// opening a new window. Nothing a body holds can act on the page around it (issue 16, item 11): no form element at
/// all (a task list's checkbox becomes the character ☐ or ☑), no <c>contenteditable</c>, <c>tabindex</c>,
/// <c>accesskey</c>, <c>name</c> or <c>form*</c> attribute, and ids (heading anchors, in-page links) are prefixed with
/// <see cref="IdPrefix"/> — with the links that point to them — so a body can never take an id of the page or the
/// back office.
/// </summary>
public sealed class HtmlCleaner
{
    /// <summary>Prefix of every id kept in a body (and of the <c>#fragment</c> of links to them).</summary>
    public const string IdPrefix = "contenu-";

    private static readonly string[] FormTags = ["form", "button", "select", "option", "optgroup", "textarea", "fieldset", "legend", "label", "input", "output", "datalist", "meter", "progress"];
    private static readonly string[] PageAttributes = ["contenteditable", "tabindex", "accesskey", "name", "form", "formaction", "formmethod", "formtarget", "formenctype", "autofocus", "draggable", "spellcheck"];

    private readonly HtmlSanitizer _sanitizer;
    private readonly HashSet<string> _iframeHosts;

    /// <summary>What <see cref="Clean(string, ICollection{string})"/> removes, for the call running on this thread.</summary>
    [ThreadStatic]
    private static ICollection<string>? _removed;

    public HtmlCleaner(MarkdownOptions options)
    {
        _iframeHosts = new HashSet<string>(options.IframeHosts, StringComparer.OrdinalIgnoreCase);
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedTags.Add("iframe");
        // No forms in documents (phishing, or fields slipped into the edit form around a preview).
        foreach (var tag in FormTags) _sanitizer.AllowedTags.Remove(tag);
        foreach (var attribute in PageAttributes) _sanitizer.AllowedAttributes.Remove(attribute);
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
        _sanitizer.RemovingTag += (_, e) =>
        {
            KeepTaskMark(e.Tag);
            _removed?.Add($"<{e.Tag.LocalName}>");
        };
        _sanitizer.RemovingAttribute += (_, e) => _removed?.Add($"{e.Attribute.Name}=\"…\" (<{e.Tag.LocalName}>)");
        _sanitizer.RemovingAtRule += (_, _) => _removed?.Add("@règle CSS");
        _sanitizer.RemovingStyle += (_, e) => _removed?.Add($"style {e.Style.Name} (<{e.Tag.LocalName}>)");
        _sanitizer.PostProcessNode += (_, e) => PostProcess(e.Node);
    }

    public string Clean(string html) => _sanitizer.Sanitize(html);

    /// <summary>
    /// <see cref="Clean(string)"/>, adding to <paramref name="removed"/> each element and attribute taken out as not
    /// allowed (<c>&lt;script&gt;</c>, <c>onclick="…" (&lt;img&gt;)</c>), for reports. Comments, removed too, are not listed.
    /// </summary>
    public string Clean(string html, ICollection<string> removed)
    {
        _removed = removed;
        try
        {
            return _sanitizer.Sanitize(html);
        }
        finally
        {
            _removed = null;
        }
    }

    /// <summary>A task list's checkbox (Markdig: a disabled input) leaves its state as a character.</summary>
    private static void KeepTaskMark(IElement tag)
    {
        if (tag is IHtmlInputElement { Type: "checkbox" } box && tag.Owner is { } document)
        {
            tag.Parent?.InsertBefore(document.CreateTextNode(box.IsChecked ? "☑" : "☐"), tag);
        }
    }

    private void PostProcess(INode node)
    {
        if (node is not IElement element) return;
        if (element.GetAttribute("id") is { } id && !id.StartsWith(IdPrefix, StringComparison.Ordinal))
        {
            element.SetAttribute("id", IdPrefix + id);
        }
        switch (element)
        {
            case IHtmlInlineFrameElement frame:
                if (!IsAllowedFrame(frame.Source))
                {
                    _removed?.Add($"<iframe> ({frame.Source})");
                    frame.Remove();
                    return;
                }
                frame.SetAttribute("loading", "lazy");
                if (string.IsNullOrWhiteSpace(frame.GetAttribute("title"))) frame.SetAttribute("title", "Contenu intégré");
                break;
            case IHtmlAnchorElement anchor:
                if (anchor.GetAttribute("href") is { Length: > 1 } href && href[0] == '#' && !href.AsSpan(1).StartsWith(IdPrefix))
                {
                    anchor.SetAttribute("href", "#" + IdPrefix + href[1..]);
                }
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
