using Cms.Abstractions.Content;
using Cms.Abstractions.Recipes;
using Cms.ContentFields.Fields;
using Cms.MarkdownImport.Mapping;
using Cms.MarkdownImport.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.MarkdownImport.Tests;

/// <summary>
/// The whole real corpus (read in place, never copied) into a fresh store: nothing valid is refused, the refused
/// ones are exactly those an independent reading finds invalid, and each stored item holds what that reading gives.
/// </summary>
public sealed class CorpusImportTests(CorpusImportTests.ImportedCorpus corpus) : IClassFixture<CorpusImportTests.ImportedCorpus>
{
    private TestStore Store => corpus.Store;
    private RecipeReport Report => corpus.Report;
    private StringWriter Output => corpus.Output;

    /// <summary>The corpus imported once for the class.</summary>
    public sealed class ImportedCorpus : IAsyncLifetime
    {
        public TestStore Store { get; private set; } = null!;
        public RecipeReport Report { get; private set; } = null!;
        public StringWriter Output { get; } = new();

        public async Task InitializeAsync()
        {
            Store = await ImportStore.CreateAsync();
            Report = await Store.InScopeAsync(sp => sp.GetRequiredService<MarkdownImporter>()
                .ImportAsync(new MarkdownImportOptions { Folder = RepositoryPaths.CorpusEvents, BatchSize = 25 }, Output, CancellationToken.None));
        }

        public async Task DisposeAsync() => await Store.DisposeAsync();
    }

    private static IEnumerable<(string Full, string Source)> Documents() =>
        Directory.EnumerateFiles(RepositoryPaths.CorpusEvents, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
            .Select(f => (f, "_evenements/" + Path.GetRelativePath(RepositoryPaths.CorpusEvents, f).Replace('\\', '/')));

    private static bool EndsBeforeStart(IndependentFrontMatter fm)
    {
        var start = IndependentFrontMatter.Utc(fm.Text("event_start_date") ?? fm.Text("event_date") ?? fm.Text("dateEvent"));
        var end = IndependentFrontMatter.Utc(fm.Text("event_end_date"));
        return start is not null && end is not null && end < start && !IndependentFrontMatter.SameParisDay(start.Value, end.Value);
    }

    /// <summary>An end before the start on the same Paris day: a day typed without its time, imported without it.</summary>
    private static bool EndsEarlyOnTheStartDay(IndependentFrontMatter fm)
    {
        var start = IndependentFrontMatter.Utc(fm.Text("event_start_date") ?? fm.Text("event_date") ?? fm.Text("dateEvent"));
        var end = IndependentFrontMatter.Utc(fm.Text("event_end_date"));
        return start is not null && end is not null && end < start && IndependentFrontMatter.SameParisDay(start.Value, end.Value);
    }

    [Fact]
    public void The_two_documents_ending_early_on_their_start_day_are_imported_without_end_and_named_in_a_warning()
    {
        var early = Documents().Where(d => EndsEarlyOnTheStartDay(IndependentFrontMatter.Read(d.Full))).Select(d => d.Source).ToList();
        Assert.Equal(2, early.Count);
        foreach (var source in early)
        {
            Assert.Contains(Report.Messages, m => m.StartsWith(source, StringComparison.Ordinal) && m.Contains("l'heure de fin est ignorée"));
        }
    }

    [Fact]
    public void Only_the_documents_whose_end_precedes_their_start_are_refused()
    {
        var expected = Documents().Where(d => EndsBeforeStart(IndependentFrontMatter.Read(d.Full))).Select(d => d.Source).Order(StringComparer.Ordinal);
        Assert.Equal(expected, Report.Refused.Select(r => r.Path));
        Assert.All(Report.Refused, r => Assert.Contains("précède son début", r.Reason));
        Assert.Equal(Documents().Count() - Report.Refused.Count, Report.Created);
        Assert.Contains($"{Documents().Count()}/{Documents().Count()} documents", Output.ToString());
    }

    [Fact]
    public async Task Every_imported_document_holds_what_its_front_matter_says()
    {
        var refused = Report.Refused.Select(r => r.Path).ToHashSet();
        foreach (var (full, source) in Documents().Where(d => !refused.Contains(d.Source)))
        {
            var fm = IndependentFrontMatter.Read(full);
            var item = await Store.LatestAsync(IdGenerator.FromSeed(source));
            Assert.True(item is not null, $"{source} absent");
            Assert.Equal(fm.Text("title")!.Trim(), item!.DisplayText);
            Assert.Equal(fm.Text("published") != "false", item.Published);
            Assert.Equal(IndependentFrontMatter.Utc(fm.Text("event_start_date") ?? fm.Text("event_date") ?? fm.Text("dateEvent")),
                item.GetField<DateTimeField>("Event", "StartDate")!.Value);
            Assert.Equal(EndsEarlyOnTheStartDay(fm) ? null : IndependentFrontMatter.Utc(fm.Text("event_end_date")), item.GetField<DateTimeField>("Event", "EndDate")!.Value);
            Assert.Equal(fm.Text("lieu"), item.GetField<TextField>("Event", "Venue")!.Text);
            Assert.Equal(fm.Text("adresse"), item.GetField<TextField>("Event", "Address")!.Text);
            Assert.Equal(fm.Text("chapeau-text"), item.GetField<MarkdownField>("Event", "Lead")!.Markdown);
            Assert.Equal(fm.List("categories").Concat(fm.List("categorie")).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(),
                item.GetField<MultiTextField>("Event", "Categories")!.Values);
            Assert.Equal(fm.List("tags").Select(Slug.From).Where(s => s.Length > 0).Distinct().Count(),
                item.GetField<ContentPickerField>("Event", "Themes")!.ContentItemIds.Length);
            Assert.Equal(fm.Mappings("champs_informations").Count, item.GetBagItems("InfoFields").Count);
            Assert.Equal(fm.Mappings("une-ou-diaporama").Count(m => m.TryGetValue("image", out var i) && i.Length > 0),
                item.GetField<MediaField>("Event", "Images")!.Paths.Length);
            var frontMatter = item.As<FrontMatterPart>()!;
            Assert.Equal(source, frontMatter.SourcePath);
            Assert.Equal(fm.Keys, frontMatter.Data!.Select(p => p.Key));
            Assert.StartsWith("agenda/", item.As<AutoroutePart>()!.Path);
        }
    }

    [Fact]
    public async Task Importing_the_corpus_again_changes_nothing()
    {
        var counts = await Store.CountsAsync();
        var versions = await Store.VersionCountAsync(Documents().Select(d => IdGenerator.FromSeed(d.Source)));
        var again = await Store.InScopeAsync(sp => sp.GetRequiredService<MarkdownImporter>()
            .ImportAsync(new MarkdownImportOptions { Folder = RepositoryPaths.CorpusEvents }, TextWriter.Null, CancellationToken.None));
        Assert.Equal((0, 0, Report.Created), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(Report.Refused, again.Refused);
        Assert.Equal(counts, await Store.CountsAsync());
        Assert.Equal(versions, await Store.VersionCountAsync(Documents().Select(d => IdGenerator.FromSeed(d.Source))));
    }
}
