using YamlDotNet.RepresentationModel;

namespace Cms.MarkdownImport.Tests;

/// <summary>
/// A second reading of a document's front matter, written apart from the importer (split on the fence lines by
/// hand, YamlDotNet's representation model, plain strings), used to check the imported values.
/// </summary>
public sealed class IndependentFrontMatter
{
    private readonly YamlMappingNode root;

    private IndependentFrontMatter(YamlMappingNode root) => this.root = root;

    public static IndependentFrontMatter Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        var yaml = new YamlStream();
        yaml.Load(new StringReader(string.Join('\n', lines[1..end])));
        return new IndependentFrontMatter((YamlMappingNode)yaml.Documents[0].RootNode);
    }

    public IEnumerable<string> Keys => root.Children.Keys.Select(k => ((YamlScalarNode)k).Value!);

    public string? Text(string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    public IReadOnlyList<string> List(string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? node switch
            {
                YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList(),
                YamlScalarNode { Value: { Length: > 0 } s } => [s],
                _ => [],
            }
            : [];

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Mappings(string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode seq
            ? seq.Children.OfType<YamlMappingNode>()
                .Select(m => (IReadOnlyDictionary<string, string>)m.Children.ToDictionary(
                    c => ((YamlScalarNode)c.Key).Value!, c => (c.Value as YamlScalarNode)?.Value ?? ""))
                .ToList()
            : [];

    /// <summary>A Jekyll date read with the BCL alone: offset honoured, no offset = Paris time.</summary>
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>Whether two UTC instants fall on the same calendar day in Paris (read independently of the importer).</summary>
    public static bool SameParisDay(DateTime a, DateTime b) =>
        TimeZoneInfo.ConvertTimeFromUtc(a, Paris).Date == TimeZoneInfo.ConvertTimeFromUtc(b, Paris).Date;

    public static DateTime? Utc(string? text)
    {
        if (text is null) return null;
        if (DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed)
            && System.Text.RegularExpressions.Regex.IsMatch(text, @"([+-]\d\d:?\d\d|Z)\s*$"))
        {
            return parsed.UtcDateTime;
        }
        var local = DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return TimeZoneInfo.ConvertTimeToUtc(local, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
    }
}
