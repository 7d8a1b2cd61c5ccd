using System.Text.RegularExpressions;

namespace ImportBench;

/// <summary>
/// Writes N event documents shaped like the corpus: each one is a corpus document (front matter and body) under a
/// numbered file name, so every generated document is distinct, valid and imported as a new item.
/// </summary>
internal static partial class DocumentGenerator
{
    public static IReadOnlyList<string> LoadTemplates(string corpus)
    {
        var templates = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Where(t => t.StartsWith("---", StringComparison.Ordinal) && TitleLine().IsMatch(t) && !PermalinkLine().IsMatch(t))
            .ToList();
        if (templates.Count == 0) throw new InvalidOperationException($"No template document in {corpus}.");
        return templates;
    }

    public static string Write(IReadOnlyList<string> templates, int count)
    {
        var folder = Path.Combine(Path.GetTempPath(), "cms-import-bench", Guid.NewGuid().ToString("N"), "_evenements");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            var template = templates[i % templates.Count];
            // Without its end date: the corpus' two documents whose end precedes their start would be refused.
            // Titles may repeat: an item's identity and address come from its file name, unique here.
            var text = EndLine().Replace(template, "", 1);
            File.WriteAllText(Path.Combine(folder, $"2024-01-01-evenement-genere-{i:D6}.markdown"), text);
        }
        return folder;
    }

    [GeneratedRegex(@"^title:(.*)$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"^permalink:", RegexOptions.Multiline)]
    private static partial Regex PermalinkLine();

    [GeneratedRegex(@"^event_end_date:.*\r?\n", RegexOptions.Multiline)]
    private static partial Regex EndLine();
}
