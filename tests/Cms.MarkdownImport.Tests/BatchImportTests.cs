using Cms.Abstractions.Content;
using Cms.Abstractions.Recipes;
using Cms.ContentManagement.Services;
using Cms.Data;
using Cms.MarkdownImport.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.MarkdownImport.Tests;

public sealed class BatchImportTests_Sqlite : BatchImportTests
{
    protected override string Provider => "Sqlite";
}

/// <summary>The batch path against PostgreSQL (binary COPY; <c>CMS_TEST_POSTGRES</c>, skipped without it).</summary>
public sealed class BatchImportTests_Postgres : BatchImportTests
{
    protected override string Provider => "Postgres";
}

/// <summary>
/// The bulk write of a batch (<see cref="IContentBatchWriter"/>): it stores what the per-document path stores, and a
/// batch the store refuses falls back to per-document writes, so only the bad document is refused.
/// </summary>
public abstract class BatchImportTests : IAsyncLifetime
{
    private readonly SourceFolder source = new();
    private readonly WriterCalls bulkCalls = new();
    private readonly WriterCalls plainCalls = new();
    private readonly List<ContentChange> heard = [];
    private TestStore? bulk;
    private TestStore? plain;
    private string? skipReason;

    protected abstract string Provider { get; }

    public async Task InitializeAsync()
    {
        skipReason = Provider == "Postgres" ? TestDatabase.PostgresUnavailable() : null;
        if (skipReason is not null) return;
        bulk = await ImportStore.CreateAsync(services =>
        {
            Count(services, bulkCalls, refuse: false);
            services.AddScoped<IContentHandler>(_ => new Listener(heard));
        }, Provider);
        plain = await ImportStore.CreateAsync(services => Count(services, plainCalls, refuse: true), Provider);
    }

    public async Task DisposeAsync()
    {
        if (bulk is not null) await bulk.DisposeAsync();
        if (plain is not null) await plain.DisposeAsync();
        source.Dispose();
    }

    /// <summary>Counts the batch writer's calls; <paramref name="refuse"/>: it fails every batch, as a store refusing it would.</summary>
    private static void Count(IServiceCollection services, WriterCalls calls, bool refuse)
    {
        services.AddScoped<ContentBatchWriter>();
        services.AddScoped<IContentBatchWriter>(sp => new CountingWriter(sp.GetRequiredService<ContentBatchWriter>(), calls, refuse));
    }

    private Task<RecipeReport> ImportAsync(TestStore store, int batchSize = 100) =>
        store.InScopeAsync(sp => sp.GetRequiredService<MarkdownImporter>().ImportAsync(
            new MarkdownImportOptions { Folder = source.Events, BatchSize = batchSize }, TextWriter.Null, CancellationToken.None));

    [SkippableFact]
    public async Task A_batch_stores_the_same_rows_as_documents_written_one_by_one()
    {
        Skip.If(skipReason is not null, skipReason);
        source.Write("a.markdown", SourceFolder.Event("Premier", "tags:\n- Données & territoire\n- Design\n"));
        source.Write("b.md", SourceFolder.Event("Second", "tags:\n- Design\npartenaires:\n- IGN\n"));
        source.Write("sous/c.markdown", SourceFolder.Event("Troisième", "published: false\n"));

        var first = (await ImportAsync(bulk!), await ImportAsync(plain!));
        Assert.Equal(Summary(first.Item2), Summary(first.Item1));
        Assert.Equal((3, 0), (first.Item1.Created, first.Item1.Refused.Count));
        // A changed file: a new version, the previous one demoted, its index rows rebuilt.
        source.Write("b.md", SourceFolder.Event("Second, modifié", "tags:\n- Design\n"));
        var second = (await ImportAsync(bulk!), await ImportAsync(plain!));
        Assert.Equal(Summary(second.Item2), Summary(second.Item1));
        Assert.Equal((0, 1, 2), (second.Item1.Created, second.Item1.Updated, second.Item1.Unchanged));

        Assert.Equal((2, 0), (bulkCalls.Succeeded, bulkCalls.Failed));
        Assert.Equal((0, 2), (plainCalls.Succeeded, plainCalls.Failed));
        Assert.Equal(await RowsAsync(plain!), await RowsAsync(bulk!));
    }

    [SkippableFact]
    public async Task A_batch_with_one_bad_document_falls_back_and_refuses_only_that_one()
    {
        Skip.If(skipReason is not null, skipReason);
        // An address a module reserves (/media/…): only the store's validation sees it, not the importer's checks.
        source.Write("a.markdown", SourceFolder.Event("Avant", "tags:\n- Design\n"));
        source.Write("pris.markdown", SourceFolder.Event("Conflit", "permalink: /media/pris/\ntags:\n- Thématique orpheline\n"));
        source.Write("z.markdown", SourceFolder.Event("Après", "partenaires:\n- IGN\n"));

        var report = await ImportAsync(bulk!);

        Assert.Equal((0, 1), (bulkCalls.Succeeded, bulkCalls.Failed));
        var refused = Assert.Single(report.Refused);
        Assert.Equal("_evenements/pris.markdown", refused.Path);
        Assert.Contains("AutoroutePart.Path", refused.Reason);
        Assert.Equal(2, report.Created);
        Assert.NotNull(await bulk!.LatestAsync(IdGenerator.FromSeed("_evenements/a.markdown")));
        Assert.NotNull(await bulk!.LatestAsync(IdGenerator.FromSeed("_evenements/z.markdown")));
        Assert.Null(await bulk!.LatestAsync(IdGenerator.FromSeed("Theme:thematique-orpheline")));
        Assert.NotNull(await bulk!.LatestAsync(IdGenerator.FromSeed("Partner:ign")));

        // Once fixed, the next run writes it in bulk and leaves the others alone.
        source.Write("pris.markdown", SourceFolder.Event("Conflit", "permalink: /agenda/libre/\ntags:\n- Thématique orpheline\n"));
        var again = await ImportAsync(bulk!);
        Assert.Equal((1, 0, 2, 0), (again.Created, again.Updated, again.Unchanged, again.Refused.Count));
        Assert.Equal(1, bulkCalls.Succeeded);
    }

    [SkippableFact]
    public async Task A_batch_s_changes_carry_the_versions_it_wrote_and_the_handlers_read_them_instead_of_the_store()
    {
        Skip.If(skipReason is not null, skipReason);
        source.Write("a.markdown", SourceFolder.Event("Publié", "tags:\n- Design\n"));
        source.Write("b.markdown", SourceFolder.Event("Brouillon", "published: false\n"));

        await ImportAsync(bulk!);

        var changes = heard.Where(c => c.Kind == ContentChangeKind.Imported).ToList();
        foreach (var change in changes)
        {
            var stored = await bulk!.LatestAsync(change.ContentItemId);
            Assert.Equal(stored!.ToJsonString(), Assert.IsType<ContentItem>(change.Item).ToJsonString());
        }
        var published = IdGenerator.FromSeed("_evenements/a.markdown");
        var draft = IdGenerator.FromSeed("_evenements/b.markdown");
        var items = await bulk!.InScopeAsync(sp => ContentChangeItems.PublishedAsync(changes, [published, draft],
            sp.GetRequiredService<IContentManager>(), CancellationToken.None));
        Assert.Single(changes, c => c.ContentItemId == draft);
        Assert.Same(changes.Single(c => c.ContentItemId == published).Item, items[published]);
        Assert.False(items.ContainsKey(draft)); // its change says it has no published version: the store is not read
        Assert.Equal((false, true), (changes.Single(c => c.ContentItemId == published).NoPublishedVersion, changes.Single(c => c.ContentItemId == draft).NoPublishedVersion));

        // A draft of an item that stays published: its published version is the stored one.
        heard.Clear();
        source.Write("a.markdown", SourceFolder.Event("Publié, brouillon modifié", "published: false\ntags:\n- Design\n"));
        await ImportAsync(bulk!);
        var redraft = Assert.Single(heard, c => c.Kind == ContentChangeKind.Imported);
        Assert.False(redraft.NoPublishedVersion);
        var kept = await bulk!.InScopeAsync(sp => ContentChangeItems.PublishedAsync([redraft], [published], sp.GetRequiredService<IContentManager>(), CancellationToken.None));
        Assert.Equal("Publié", kept[published].DisplayText);
    }

    [SkippableFact]
    public async Task A_batch_whose_rows_the_store_refuses_raises_and_leaves_the_store_as_it_was()
    {
        Skip.If(skipReason is not null, skipReason);
        source.Write("a.markdown", SourceFolder.Event("Avant", "tags:\n- Design\n"));
        await ImportAsync(bulk!);
        var before = await RowsAsync(bulk!);
        // Valid for every handler, refused by the store only: two new versions under one version id (a unique index).
        ContentItem Item(string title) => new ContentItem { ContentType = "Event", ContentItemVersionId = "version-en-double", DisplayText = title, Published = true }
            .Apply(new TitlePart { Title = title });

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => bulk!.InScopeAsync(sp =>
            sp.GetRequiredService<ContentBatchWriter>().ImportBatchAsync([Item("Premier"), Item("Second")])));

        Assert.Equal(before, await RowsAsync(bulk!));
    }

    [SkippableFact]
    public async Task A_batch_binds_texts_and_dates_as_the_plain_write_does()
    {
        Skip.If(skipReason is not null, skipReason);
        // Texts of every width (accents, an astral character, a long body), an empty owner, dates to the tick.
        var instant = new DateTime(2026, 12, 8, 3, 4, 5, DateTimeKind.Utc).AddTicks(1234567);
        ContentItem Item(int n, string title) => new ContentItem
        {
            ContentItemId = $"texte-{n}", ContentItemVersionId = $"texte-{n}-v1", ContentType = "Event", DisplayText = title, Published = true,
            CreatedUtc = instant, ModifiedUtc = instant.AddTicks(n), PublishedUtc = instant.AddDays(n), Owner = n == 1 ? "" : "propriétaire",
        }.Apply(new TitlePart { Title = title }).Apply("Event", new { Body = string.Concat(Enumerable.Repeat("Été 😀 « œuvre » ", 500 * n)) });
        ContentItem[] Items() => [Item(1, "Fête du numérique 😀"), Item(2, "L’État – ça, “là”"), Item(3, "x")];

        await bulk!.InScopeAsync(sp => sp.GetRequiredService<ContentBatchWriter>().ImportBatchAsync(Items()));
        await plain!.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().ImportAsync(Items()));

        Assert.Equal(await TextsAsync(plain!), await TextsAsync(bulk!));
        Assert.Contains("texte-1 owner:  (null: False)", await TextsAsync(bulk!));
    }

    /// <summary>The version rows' texts and dates as stored, an empty text told from a null one.</summary>
    private static Task<string> TextsAsync(TestStore store) => store.InScopeAsync(async sp =>
    {
        var rows = await sp.GetRequiredService<CmsDbContext>().ContentItemIndex.AsNoTracking()
            .Where(v => v.ContentItemId.StartsWith("texte-"))
            .OrderBy(v => v.ContentItemId)
            .Select(v => new { v.ContentItemId, v.DisplayText, v.DisplayTextNormalized, v.Owner, OwnerIsNull = v.Owner == null, v.CreatedUtc, v.ModifiedUtc, v.PublishedUtc, v.Document })
            .ToListAsync();
        return string.Join("\n", rows.Select(r =>
            $"{r.ContentItemId} owner: {r.Owner} (null: {r.OwnerIsNull}) {r.DisplayText} {r.DisplayTextNormalized} {r.CreatedUtc:O} {r.ModifiedUtc:O} {r.PublishedUtc:O} {r.Document}"));
    });

    /// <summary>Hears every write's changes, as the modules' handlers do.</summary>
    private sealed class Listener(List<ContentChange> heard) : IContentChangesHandler
    {
        public Task ChangedAsync(IReadOnlyList<ContentChange> changes, CancellationToken cancellationToken)
        {
            heard.AddRange(changes);
            return Task.CompletedTask;
        }
    }

    private static string Summary(RecipeReport r) =>
        $"{r.Created}/{r.Updated}/{r.Unchanged}/{string.Join("|", r.Refused)}/{string.Join("|", r.Messages)}";

    /// <summary>Every row a write leaves, ids and instants aside: versions, routes, field and range index rows, audit kinds.</summary>
    private static Task<string> RowsAsync(TestStore store) => store.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CmsDbContext>();
        var versions = await db.ContentItemIndex.AsNoTracking().ToListAsync();
        var byId = versions.ToDictionary(v => v.Id, v => v.ContentItemVersionId);
        var number = versions.ToDictionary(v => v.ContentItemVersionId, v => $"{v.ContentItemId}#{v.Number}");
        string V(string versionId) => number[versionId];
        var lines = new List<string>();
        lines.AddRange(versions.Select(v => $"version {v.ContentItemId}#{v.Number} {v.ContentType} {v.Latest} {v.Published} {v.DisplayText} {v.DisplayTextNormalized} {v.Path} {v.Owner} {v.Author}"));
        lines.AddRange((await db.AutorouteIndex.AsNoTracking().ToListAsync()).Select(r => $"route {r.Path} {V(r.ContentItemVersionId)}"));
        lines.AddRange((await db.DateTimeFieldIndex.AsNoTracking().ToListAsync()).Select(r => $"date {V(r.ContentItemVersionId)} {r.ContentPart}.{r.ContentField} {r.Latest} {r.Published} {r.Date:O}"));
        lines.AddRange((await db.ContentPickerFieldIndex.AsNoTracking().ToListAsync()).Select(r => $"picker {V(r.ContentItemVersionId)} {r.ContentPart}.{r.ContentField} {r.Latest} {r.Published} {r.SelectedContentItemId}"));
        lines.AddRange((await db.NumericFieldIndex.AsNoTracking().ToListAsync()).Select(r => $"number {V(r.ContentItemVersionId)} {r.ContentPart}.{r.ContentField} {r.Number}"));
        lines.AddRange((await db.DateTimeRangeIndex.AsNoTracking().ToListAsync()).Select(r =>
            $"range {V(r.ContentItemVersionId)} row {V(byId[r.ContentItemIndexId])} {r.ContentPart}.{r.ContentField}-{r.EndField} {r.Latest} {r.Published} {r.Start:O} {r.End:O}"));
        lines.AddRange((await db.AuditTrail.AsNoTracking().ToListAsync()).Select(e => $"audit {e.Kind} {e.ContentItemId} {e.ContentType} {e.DisplayText} {e.Details} {e.UserName}"));
        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines);
    });

    private sealed class WriterCalls
    {
        public int Succeeded;
        public int Failed;
    }

    private sealed class CountingWriter(ContentBatchWriter inner, WriterCalls calls, bool refuse) : IContentBatchWriter
    {
        public async Task<ImportResult> ImportBatchAsync(IReadOnlyList<ContentItem> items, CancellationToken cancellationToken = default)
        {
            try
            {
                if (refuse) throw new InvalidOperationException("batch refused by the test");
                var result = await inner.ImportBatchAsync(items, cancellationToken);
                calls.Succeeded++;
                return result;
            }
            catch
            {
                calls.Failed++;
                throw;
            }
        }

        public Task<IReadOnlyDictionary<string, ContentItem>> GetPublishedByPathsAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
            inner.GetPublishedByPathsAsync(paths, cancellationToken);
    }
}
