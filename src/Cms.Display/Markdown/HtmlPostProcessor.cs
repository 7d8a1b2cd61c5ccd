using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Cms.Display.Markdown;

/// <summary>
/// The pass between Markdig and the sanitizer, on the parsed HTML: applies Kramdown attribute lists at their markers,
/// maps the old site's markup to DSFR classes (<see cref="LegacyMarkup"/>) and points <c>/uploads/…</c> links and
/// images to the media store. Everything it adds is still checked by the sanitizer afterwards.
/// </summary>
internal sealed class HtmlPostProcessor(MediaUrlResolver media)
{
    private static readonly HashSet<string> BlockNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "TD", "TH", "BLOCKQUOTE", "DIV", "UL", "OL", "TABLE", "PRE", "DD", "DT",
    };

    public void Process(IHtmlElement body, IReadOnlyList<AttributeList> lists)
    {
        if (lists.Count > 0) ApplyAttributeLists(body, lists);
        MapLegacyMarkup(body);
        PointToMediaStore(body);
    }

    private static void ApplyAttributeLists(IHtmlElement body, IReadOnlyList<AttributeList> lists)
    {
        var emptied = new List<IElement>();
        foreach (var text in body.Descendants<IText>().ToList())
        {
            var matches = KramdownAttributes.MarkerPattern.Matches(text.Data);
            if (matches.Count == 0) continue;
            var block = BlockOf(text);
            var onlyMarkers = block is not null && string.IsNullOrWhiteSpace(KramdownAttributes.RemoveMarkers(block.TextContent));
            foreach (System.Text.RegularExpressions.Match match in matches)
            {
                var index = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (index >= lists.Count) continue;
                var list = lists[index];
                var target = TargetOf(text, match.Index, list, block, onlyMarkers, body);
                if (target is not null) Apply(target, list);
            }
            text.Data = KramdownAttributes.RemoveMarkers(text.Data);
            if (onlyMarkers && block is not null && !emptied.Contains(block)) emptied.Add(block);
        }
        foreach (var element in emptied)
        {
            if (string.IsNullOrWhiteSpace(element.TextContent) && element.Children.Length == 0) element.Remove();
        }
        // Line breaks left right before a removed marker ("texte<br>{: .x}" never happens, but "texte\n{: .x}" leaves a trailing newline).
        foreach (var p in body.QuerySelectorAll("p"))
        {
            if (p.LastChild is IText last) last.Data = last.Data.TrimEnd();
        }
    }

    private static IElement? TargetOf(IText text, int position, AttributeList list, IElement? block, bool onlyMarkers, IHtmlElement body)
    {
        if (list.Placement == AttributePlacement.Inline)
        {
            var before = text.Data[..position];
            if (before.Trim().Length == 0 && text.PreviousSibling is IElement previous) return previous;
            return block;
        }
        if (block is null) return null;
        if (!onlyMarkers) return block;
        var parent = block.ParentElement;
        var container = parent is not null && parent != body ? parent : null;
        if (list.Placement == AttributePlacement.NextBlock)
        {
            return block.NextElementSibling ?? container;
        }
        // PreviousBlock: a list at the end of a quote or list item (lazy continuation) is meant for that container.
        if (block.NextElementSibling is null && container is not null) return container;
        return block.PreviousElementSibling ?? container;
    }

    private static IElement? BlockOf(INode node)
    {
        for (var current = node.ParentElement; current is not null; current = current.ParentElement)
        {
            if (BlockNames.Contains(current.NodeName) || current.NodeName == "BODY") return current.NodeName == "BODY" ? null : current;
        }
        return null;
    }

    private static void Apply(IElement element, AttributeList list)
    {
        foreach (var name in list.Classes)
        {
            element.ClassList.Add(name);
        }
        if (list.Target is not null && element is IHtmlAnchorElement) element.SetAttribute("target", list.Target);
    }

    private static void MapLegacyMarkup(IHtmlElement body)
    {
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            if (element.GetAttribute("align") is { } align)
            {
                element.RemoveAttribute("align");
                if (align.Trim().Equals("center", StringComparison.OrdinalIgnoreCase)) element.ClassList.Add("cms-center");
            }
            if (element.HasAttribute("class"))
            {
                var mapped = element.ClassList.SelectMany(LegacyMarkup.MapClass).Distinct().ToArray();
                if (mapped.Length == 0) element.RemoveAttribute("class");
                else element.SetAttribute("class", string.Join(' ', mapped));
            }
        }
        foreach (var callout in body.QuerySelectorAll("." + LegacyMarkup.LienImportant))
        {
            foreach (var p in callout.QuerySelectorAll("p")) p.ClassList.Add("fr-callout__text");
            foreach (var a in callout.QuerySelectorAll("a:not(.fr-btn)"))
            {
                a.ClassList.Add("fr-link", "fr-icon-arrow-right-line", "fr-link--icon-right");
            }
        }
        foreach (var table in body.QuerySelectorAll("table").ToList())
        {
            if (table.ParentElement?.ClassList.Contains("fr-table") == true) continue;
            var wrapper = table.Owner!.CreateElement("div");
            wrapper.ClassList.Add("fr-table");
            table.Parent!.InsertBefore(wrapper, table);
            wrapper.AppendChild(table);
        }
    }

    private void PointToMediaStore(IHtmlElement body)
    {
        foreach (var (selector, attribute) in new[] { ("a[href]", "href"), ("img[src]", "src"), ("source[src]", "src") })
        {
            foreach (var element in body.QuerySelectorAll(selector))
            {
                var value = element.GetAttribute(attribute);
                if (!MediaUrlResolver.IsMediaLink(value)) continue;
                if (media.Resolve(value) is { } url) element.SetAttribute(attribute, url);
                else element.RemoveAttribute(attribute);
            }
        }
    }
}
