using System.Text;
using System.Text.RegularExpressions;

namespace Cms.Display.Markdown;

/// <summary>
/// Jekyll documents sometimes carry Liquid in their body (<c>{% include … %}</c>, <c>{{ site.baseurl }}</c>). A body is
/// content, never a template: tags are removed before Markdown runs, so they can neither execute, crash a page nor
/// show as raw code. Every pattern runs in linear time (<see cref="RegexOptions.NonBacktracking"/>) or under
/// <see cref="RegexTimeoutMilliseconds"/> ms, so no body, however crafted, holds a core. <c>{{ site.baseurl }}</c>
/// and <c>{{ site.url }}</c> become empty (links stay site-relative); <c>{% raw %}</c> keeps its content. Fenced code blocks and inline code spans are left as written.
/// </summary>
public static partial class LiquidInBody
{
    /// <summary>The time the one backtracking pattern (code spans) may take on one block of text.</summary>
    public const int RegexTimeoutMilliseconds = 500;

    [GeneratedRegex(@"\{%-?\s*(?:raw|endraw)\s*-?%\}", RegexOptions.NonBacktracking)]
    private static partial Regex RawTag();

    [GeneratedRegex(@"\{%.*?%\}", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\{\{-?\s*site\.(?:baseurl|url)\s*-?\}\}", RegexOptions.NonBacktracking)]
    private static partial Regex SiteUrl();

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex AnyOutput();

    [GeneratedRegex(@"^\s{0,3}(```|~~~)", RegexOptions.NonBacktracking)]
    private static partial Regex Fence();

    // A back-reference needs the backtracking engine: bounded by a timeout, after which code spans are not kept apart.
    [GeneratedRegex(@"(`+)(?:(?!\1).)+?\1", RegexOptions.None, RegexTimeoutMilliseconds)]
    private static partial Regex CodeSpan();

    /// <summary>Every pattern of this class, for the tests that check each is linear or bounded.</summary>
    internal static IEnumerable<Regex> Patterns => [RawTag(), AnyTag(), SiteUrl(), AnyOutput(), Fence(), CodeSpan()];

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
        var spans = new List<Match>();
        try
        {
            foreach (Match span in CodeSpan().Matches(source)) spans.Add(span);
        }
        catch (RegexMatchTimeoutException)
        {
            // A crafted run of backticks: treat the text as having no code span rather than spend more time on it.
            spans.Clear();
        }
        var last = 0;
        foreach (var span in spans)
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
