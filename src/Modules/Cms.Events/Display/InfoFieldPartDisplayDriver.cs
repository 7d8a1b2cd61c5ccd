using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Display;
using Cms.Events.Models;

namespace Cms.Events.Display;

/// <summary>
/// The <c>InfoField</c> part of a practical information (an item of an Event's <c>InfoFields</c> bag): one shape
/// <c>InfoField</c> with <c>Label</c>, <c>Html</c> (the content as sanitized HTML), <c>LinkUrl</c> (safe, or null),
/// <c>LinkText</c> and <c>LinkIsExternal</c>. Nothing when all three are empty. When the content only repeats the link's
/// text, the button says it: no paragraph above it.
/// </summary>
public sealed class InfoFieldPartDisplayDriver(IMarkdownService markdown) : ShapeDisplayDriver
{
    protected override bool Fill(Shape shape, ContentDisplayContext context)
    {
        var info = context.Item.As<InfoFieldPart>(EventNames.InfoFieldType);
        if (info is null) return false;
        var label = info.Label?.Text?.Trim() ?? "";
        var content = info.Content?.Markdown;
        var url = EventUrls.SafeLinkUrl(info.Link?.Url);
        var linkText = string.IsNullOrWhiteSpace(info.Link?.Text) ? null : info.Link!.Text!.Trim();
        var html = url is not null && linkText is not null && string.Equals(content?.Trim(), linkText, StringComparison.Ordinal)
            ? ""
            : markdown.ToHtml(content);
        if (label.Length == 0 && html.Length == 0 && url is null) return false;
        shape.With("Label", label).With("Html", html).With("LinkUrl", url)
            .With("LinkText", url is null ? null : linkText ?? label)
            .With("LinkIsExternal", url is not null && EventUrls.IsExternal(url));
        return true;
    }
}
