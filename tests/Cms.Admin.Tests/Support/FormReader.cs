using System.Net;
using System.Text.RegularExpressions;

namespace Cms.Admin.Tests.Support;

/// <summary>
/// Reads a form of a page the way a browser would submit it: inputs (checkboxes and radios only when checked, no
/// buttons), textareas and selects, in document order. Enough for the back office's own markup.
/// </summary>
public static partial class FormReader
{
    public static List<(string Key, string Value)> Read(string html, string formId)
    {
        var start = html.IndexOf($"id=\"{formId}\"", StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException($"No form '{formId}' in the page.");
        var end = html.IndexOf("</form>", start, StringComparison.Ordinal);
        var form = html[start..end];
        var fields = new List<(string, string)>();
        foreach (Match element in ElementPattern().Matches(form))
        {
            var tag = element.Value;
            var name = Attribute(tag, "name");
            if (name is null) continue;
            if (tag.StartsWith("<input", StringComparison.Ordinal))
            {
                var type = Attribute(tag, "type") ?? "text";
                if (type is "submit" or "button" or "file") continue;
                if (type is "checkbox" or "radio" && !tag.Contains(" checked", StringComparison.Ordinal)) continue;
                fields.Add((name, Attribute(tag, "value") ?? ""));
            }
            else if (tag.StartsWith("<textarea", StringComparison.Ordinal))
            {
                var content = element.Groups["text"].Value;
                fields.Add((name, WebUtility.HtmlDecode(content.StartsWith('\n') ? content[1..] : content)));
            }
            else if (tag.StartsWith("<select", StringComparison.Ordinal))
            {
                var selected = Regex.Match(element.Groups["options"].Value, "<option[^>]*value=\"([^\"]*)\"[^>]*selected");
                fields.Add((name, selected.Success ? WebUtility.HtmlDecode(selected.Groups[1].Value) : ""));
            }
        }
        return fields;
    }

    /// <summary>The fields with <paramref name="changes"/> applied: a changed key replaces every value of that key.</summary>
    public static (string, string)[] With(this List<(string Key, string Value)> fields, params (string Key, string Value)[] changes)
    {
        var result = fields.Where(f => changes.All(c => c.Key != f.Key)).ToList();
        result.AddRange(changes);
        return result.ToArray();
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("<input[^>]*>|<textarea[^>]*>(?<text>[\\s\\S]*?)</textarea>|<select[^>]*>(?<options>[\\s\\S]*?)</select>")]
    private static partial Regex ElementPattern();
}
