using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Cms.MarkdownImport.Jekyll;
using YamlDotNet.RepresentationModel;

namespace Cms.Search.Tests;

/// <summary>
/// The corpus' event documents read by the test itself: title, whether published, and the URL Jekyll gave each,
/// built from the site's <c>_config.yml</c> permalink with <see cref="JekyllSlug"/> (checked on Jekyll's own cases in
/// Cms.MarkdownImport.Tests).
/// </summary>
public static partial class CorpusDocuments
{
    public sealed record Document(string FileName, string Title, bool Published, string JekyllUrl);

    public static IReadOnlyList<Document> Events()
    {
        var permalink = CollectionPermalink("evenements");
        var documents = new List<Document>();
        foreach (var file in Directory.EnumerateFiles(CorpusSiteFixture.CorpusEvents).Where(f => f.EndsWith(".md") || f.EndsWith(".markdown")).Order())
        {
            var text = File.ReadAllText(file);
            var frontMatter = text.Split("\n---", 2)[0];
            var yaml = new YamlStream();
            yaml.Load(new StringReader(frontMatter.TrimStart('-', '\n', '\r')));
            var map = (YamlMappingNode)yaml.Documents[0].RootNode;
            string? Scalar(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s ? s.Value : null;
            var name = Path.GetFileNameWithoutExtension(file);
            name = DatePrefix().Replace(name, "");
            var url = Scalar("permalink") ?? permalink.Replace(":title", JekyllSlug.Slugify(Scalar("slug") ?? name, "pretty", cased: true), StringComparison.Ordinal);
            documents.Add(new Document(Path.GetFileName(file), Scalar("title")!.Trim(), Scalar("published") != "false", url));
        }
        return documents;
    }

    /// <summary>Lowercase without accents: what a visitor types without accents.</summary>
    public static string Unaccented(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    private static string CollectionPermalink(string collection)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(CorpusSiteFixture.CorpusSite, "_config.yml"))));
        var collections = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("collections")];
        var settings = (YamlMappingNode)collections.Children[new YamlScalarNode(collection)];
        return ((YamlScalarNode)settings.Children[new YamlScalarNode("permalink")]).Value!;
    }

    [GeneratedRegex(@"^\d{2,4}-\d{1,2}-\d{1,2}-")]
    private static partial Regex DatePrefix();
}
