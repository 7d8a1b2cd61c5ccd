using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.MarkdownImport.Mapping;
using Cms.MarkdownImport.Parsing;

namespace Cms.MarkdownImport.Tests;

/// <summary>
/// Every real document of the corpus, mapped without a store: the only ones refused are those an independent
/// reading finds invalid (end before start), and every mapped one holds what that reading gives.
/// </summary>
public sealed class CorpusMappingTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.CorpusEvents, "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.CorpusEvents, file));
        }
        return data;
    }

    [Fact]
    public void The_corpus_is_there()
    {
        Assert.True(Documents().Count > 50);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_document_maps_to_what_its_front_matter_says(string relative)
    {
        var full = Path.Combine(RepositoryPaths.CorpusEvents, relative);
        var expected = IndependentFrontMatter.Read(full);
        var source = "_evenements/" + relative.Replace('\\', '/');
        var file = SourceFile.FromBytes(File.ReadAllBytes(full));

        var start = IndependentFrontMatter.Utc(expected.Text("event_start_date") ?? expected.Text("event_date") ?? expected.Text("dateEvent"));
        var end = IndependentFrontMatter.Utc(expected.Text("event_end_date"));
        if (start is not null && end is not null && end < start && IndependentFrontMatter.SameParisDay(start.Value, end.Value))
        {
            // A day typed without its time: imported without the end time, with a warning.
            var early = EventMapper.Map(FrontMatterParser.Parse(file.Text), source, file.Hash);
            Assert.Null(Date(early.Item.GetPart("Event")!["EndDate"]));
            Assert.Contains(early.Warnings, w => w.Contains("l'heure de fin est ignorée"));
            return;
        }
        if (start is not null && end is not null && end < start)
        {
            var refused = Assert.Throws<DocumentRefusedException>(() => EventMapper.Map(FrontMatterParser.Parse(file.Text), source, file.Hash));
            Assert.Contains("précède son début", refused.Reason);
            return;
        }

        var mapped = EventMapper.Map(FrontMatterParser.Parse(file.Text), source, file.Hash);
        var item = mapped.Item;
        var part = item.GetPart("Event")!;

        Assert.Equal(expected.Text("title")!.Trim(), item.DisplayText);
        Assert.Equal(IndependentFrontMatter.Utc(expected.Text("date")), item.CreatedUtc);
        Assert.Equal(expected.Text("published") != "false", item.Published);
        Assert.Equal(start, Date(part["StartDate"]));
        Assert.Equal(end, Date(part["EndDate"]));
        Assert.Equal(expected.Text("lieu"), (string?)part["Venue"]!["Text"]);
        Assert.Equal(expected.Text("adresse"), (string?)part["Address"]!["Text"]);
        Assert.Equal(expected.Text("chapeau-text"), (string?)part["Lead"]!["Markdown"]);
        Assert.Equal(
            expected.List("categories").Concat(expected.List("categorie")).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(),
            part["Categories"]!["Values"]!.AsArray().Select(v => (string)v!));

        var images = expected.Mappings("une-ou-diaporama").Where(m => m.TryGetValue("image", out var i) && i.Length > 0).ToList();
        Assert.Equal(images.Select(m => Uri.UnescapeDataString(m["image"]).TrimStart('/')), part["Images"]!["Paths"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(images.Select(m => m.GetValueOrDefault("alternative-textuelle", "").Trim()), part["Images"]!["MediaTexts"]!.AsArray().Select(v => (string)v!));

        var infos = expected.Mappings("champs_informations");
        var bag = item.GetBagItems("InfoFields");
        Assert.Equal(infos.Count, bag.Count);
        for (var i = 0; i < infos.Count; i++)
        {
            var info = bag[i].GetPart("InfoField")!;
            Assert.Equal(Empty(infos[i].GetValueOrDefault("intitule")), Empty((string?)info["Label"]!["Text"]));
            Assert.Equal(Empty(infos[i].GetValueOrDefault("contenu")), Empty((string?)info["Content"]!["Markdown"]));
            Assert.Equal(infos[i].GetValueOrDefault("lien") is { Length: > 0 } lien ? Completed(lien.Trim()) : null, (string?)info["Link"]?["Url"]);
        }

        Assert.Equal(expected.List("tags").Where(t => Slug.From(t).Length > 0).DistinctBy(Slug.From).Select(t => t.Trim()), mapped.Tags);
        var frontMatter = item.As<FrontMatterPart>()!;
        Assert.Equal(source, frontMatter.SourcePath);
        Assert.Equal(expected.Keys, frontMatter.Data!.Select(p => p.Key));
        Assert.StartsWith("agenda/", mapped.Path);
        Assert.Equal(IdGenerator.FromSeed(source), item.ContentItemId);
    }

    private static string? Empty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    /// <summary>A link written without its scheme, as the import completes it: e-mail → mailto:, host name → https://.</summary>
    private static string Completed(string link) =>
        link.Contains('@') && !link.Contains('/') ? "mailto:" + link
        : !link.Contains("://") && !link.StartsWith('/') && link.Contains('.') ? "https://" + link
        : link;

    private static DateTime? Date(JsonNode? field) =>
        (string?)field?["Value"] is { } text ? DateTime.Parse(text, null, System.Globalization.DateTimeStyles.AdjustToUniversal) : null;
}
