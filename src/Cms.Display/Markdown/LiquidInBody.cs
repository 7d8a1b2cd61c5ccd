using System.Text;
using System.Text.RegularExpressions;

namespace Cms.Display.Markdown;

/// <summary>
/// Jekyll documents sometimes carry Liquid in their body (<c>{% include … %}</c>, <c>{{ site.baseurl }}</c>). A body is
/// content, never a template: tags are removed before Markdown runs, so they can neither execute, crash a page nor
/// show as raw code. <c>{{ site.baseurl }}</c> and <c>{{ site.url }}</c> become empty (links stay site-relative);
/// <c>{% raw %}</c> keeps its content. Fenced code blocks and inline code spans are left as written.
/// </summary>
public static partial class LiquidInBody
{
    [GeneratedRegex(@"\{%-?\s*(?:raw|endraw)\s*-?%\}")]
    private static partial Regex RawTag();

    [GeneratedRegex(@"\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\{\{-?\s*site\.(?:baseurl|url)\s*-?\}\}")]
    private static partial Regex SiteUrl();

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex AnyOutput();

    [GeneratedRegex(@"^\s{0,3}(```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"(`+)(?:(?!\1).)+?\1")]
    private static partial Regex CodeSpan();

    public static bool Contains(string markdown) => markdown.Contains("{%", StringComparison.Ordinal) || markdown.Contains("{{", StringComparison.Ordinal);

    public static string Strip(string markdown)
    {
        if (!Contains(markdown)) return markdown;
        var output = new StringBuilder(markdown.Length);
        var text = new StringBuilder();
        string? fence = null;
        foreach (var line in markdown.Split('\n'))
        {
            var match = Fence().Match(line);
            if (fence is null && match.Success)
            {
                Flush(text, output);
                fence = match.Groups[1].Value;
                output.Append(line).Append('\n');
                continue;
            }
            if (fence is not null)
            {
                if (match.Success && match.Groups[1].Value == fence) fence = null;
                output.Append(line).Append('\n');
                continue;
            }
            text.Append(line).Append('\n');
        }
        Flush(text, output);
        if (!markdown.EndsWith('\n') && output.Length > 0) output.Length--;
        return output.ToString();
    }

    private static void Flush(StringBuilder text, StringBuilder output)
    {
        if (text.Length == 0) return;
        var source = text.ToString();
        text.Clear();
        // Keep inline code spans as written; clean the text between them.
        var last = 0;
        foreach (Match span in CodeSpan().Matches(source))
        {
            output.Append(Clean(source[last..span.Index]));
            output.Append(span.Value);
            last = span.Index + span.Length;
        }
        output.Append(Clean(source[last..]));
    }

    private static string Clean(string text)
    {
        text = RawTag().Replace(text, "");
        text = AnyTag().Replace(text, "");
        text = SiteUrl().Replace(text, "");
        return AnyOutput().Replace(text, "");
    }
}
