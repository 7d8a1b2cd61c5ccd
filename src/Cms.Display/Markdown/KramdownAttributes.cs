using System.Text.RegularExpressions;

namespace Cms.Display.Markdown;

/// <summary>
/// Kramdown inline attribute lists (<c>{: .class}</c>, <c>{:target="_blank"}</c>), which Markdig does not know.
/// Before Markdown runs, each list is replaced by a marker made of private-use characters that Markdown keeps as text;
/// after, <see cref="HtmlPostProcessor"/> finds each marker and applies the list to the element Kramdown would have
/// chosen: the element just before a list written inline (a link), the block before a list written on the line after
/// it, the block after a list standing alone after a blank line. Only classes and <c>target</c> are applied (then
/// mapped and sanitized); other keys (<c>role</c>, <c>style</c>, ids…) are dropped. Every pattern is
/// <see cref="RegexOptions.NonBacktracking"/>: linear in the length of the body. Nothing of the list shows as text.
/// </summary>
public static partial class KramdownAttributes
{
    public const char MarkerStart = '\uE000';
    public const char MarkerEnd = '\uE001';

    [GeneratedRegex(@"\{:\s*([^}\n]*)\}", RegexOptions.NonBacktracking)]
    private static partial Regex List();

    [GeneratedRegex(@"^\s*(?:>\s*)*$", RegexOptions.NonBacktracking)]
    private static partial Regex BlankOrQuoteOnly();

    [GeneratedRegex(@"^\s*(?:>\s*)*\{:[^}\n]*\}\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex BlockLine();

    [GeneratedRegex(@"\uE000(\d+)\uE001", RegexOptions.NonBacktracking)]
    private static partial Regex Marker();

    [GeneratedRegex(@"(?:^|\s)\.([\p{L}\p{N}_-]+)|([A-Za-z][\w-]*)\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s""']+))", RegexOptions.NonBacktracking)]
    private static partial Regex Entry();

    public static Regex MarkerPattern => Marker();

    /// <summary>Every pattern of this class, for the tests that check each runs in linear time.</summary>
    internal static IEnumerable<Regex> Patterns => [List(), BlankOrQuoteOnly(), BlockLine(), Marker(), Entry()];

    /// <summary>Replaces every attribute list by a marker; <paramref name="lists"/> receives them by index.</summary>
    public static string Extract(string markdown, List<AttributeList> lists)
    {
        if (!markdown.Contains("{:", StringComparison.Ordinal)) return markdown;
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!line.Contains("{:", StringComparison.Ordinal)) continue;
            var isBlockLine = BlockLine().IsMatch(line);
            var previousBlank = i == 0 || BlankOrQuoteOnly().IsMatch(lines[i - 1]);
            lines[i] = List().Replace(line, match =>
            {
                var placement = !isBlockLine ? AttributePlacement.Inline
                    : previousBlank ? AttributePlacement.NextBlock
                    : AttributePlacement.PreviousBlock;
                lists.Add(Parse(match.Groups[1].Value, placement));
                return $"{MarkerStart}{lists.Count - 1}{MarkerEnd}";
            });
        }
        return string.Join('\n', lines);
    }

    public static AttributeList Parse(string text, AttributePlacement placement)
    {
        var classes = new List<string>();
        string? target = null;
        foreach (Match entry in Entry().Matches(text))
        {
            if (entry.Groups[1].Success)
            {
                classes.Add(entry.Groups[1].Value);
                continue;
            }
            var key = entry.Groups[2].Value;
            var value = entry.Groups[3].Success ? entry.Groups[3].Value : entry.Groups[4].Success ? entry.Groups[4].Value : entry.Groups[5].Value;
            if (key.Equals("target", StringComparison.OrdinalIgnoreCase))
            {
                // Kramdown documents write both "_blank" and "blank": both mean a new window.
                target = value.TrimStart('_').Equals("blank", StringComparison.OrdinalIgnoreCase) ? "_blank" : null;
            }
        }
        return new AttributeList(classes, target, placement);
    }

    /// <summary>Removes markers left in plain text (e.g. when no element could take them).</summary>
    public static string RemoveMarkers(string text) => Marker().Replace(text, "");
}

public enum AttributePlacement { Inline, PreviousBlock, NextBlock }

public sealed record AttributeList(IReadOnlyList<string> Classes, string? Target, AttributePlacement Placement);
