using Cms.Abstractions.Content;
using Cms.Abstractions.Recipes;
using Cms.ContentFields.Fields;
using Cms.MarkdownImport.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.MarkdownImport.Tests;

/// <summary>The importer against the real store (SQLite file).</summary>
public sealed class ImportStoreTests_Sqlite : ImportStoreTests
{
    protected override string Provider => "Sqlite";
}

/// <summary>The importer against PostgreSQL (<c>CMS_TEST_POSTGRES</c>; skipped without it, failing without it in CI).</summary>
public sealed class ImportStoreTests_Postgres : ImportStoreTests
{
    protected override string Provider => "Postgres";
}

/// <summary>The importer against the real store: identity, idempotency, versions, whole-or-nothing documents.</summary>
public abstract class ImportStoreTests : IAsyncLifetime
{
    private readonly SourceFolder source = new();
    private TestStore? created;
    private string? skipReason;

    protected abstract string Provider { get; }

    private TestStore Store
    {
        get
        {
            Skip.If(skipReason is not null, skipReason);
            return created!;
        }
    }

    public async Task InitializeAsync()
    {
        skipReason = Provider == "Postgres" ? TestDatabase.PostgresUnavailable() : null;
        if (skipReason is null) created = await ImportStore.CreateAsync(provider: Provider);
    }

    public async Task DisposeAsync()
    {
        if (created is not null) await created.DisposeAsync();
        source.Dispose();
    }

    private Task<RecipeReport> ImportAsync(bool dryRun = false, string? media = null, Dictionary<string, string>? aliases = null,
        int batchSize = 100, TextWriter? output = null, CancellationToken cancellationToken = default) =>
        Store.InScopeAsync(sp => sp.GetRequiredService<MarkdownImporter>().ImportAsync(new MarkdownImportOptions
        {
            Folder = source.Events,
            DryRun = dryRun,
            MediaFolder = media,
            TagAliases = aliases ?? new Dictionary<string, string>(),
            BatchSize = batchSize,
        }, output ?? TextWriter.Null, cancellationToken));

    private static string Id(string file) => IdGenerator.FromSeed("_evenements/" + file);

    [SkippableFact]
    public async Task Importing_twice_changes_nothing_the_second_time()
    {
        source.Write("a.markdown", SourceFolder.Event("Premier", "tags:\n- Données & territoire\n- Design\n"));
        source.Write("b.md", SourceFolder.Event("Second", "tags:\n- Design\npartenaires:\n- IGN\n"));
        source.Write("sous/c.markdown", SourceFolder.Event("Troisième", "published: false\n"));

        var first = await ImportAsync();
        Assert.Equal((3, 0, 0, 0), (first.Created, first.Updated, first.Unchanged, first.Refused.Count));
        var counts = await Store.CountsAsync();
        Assert.Equal(3, counts["Event"]);
        Assert.Equal(2, counts["Theme"]);
        Assert.Equal(1, counts["Partner"]);
        var versions = await Store.VersionCountAsync([Id("a.markdown"), Id("b.md"), Id("sous/c.markdown")]);

        var second = await ImportAsync();
        Assert.Equal((0, 0, 3, 0), (second.Created, second.Updated, second.Unchanged, second.Refused.Count));
        Assert.Equal(counts, await Store.CountsAsync());
        Assert.Equal(versions, await Store.VersionCountAsync([Id("a.markdown"), Id("b.md"), Id("sous/c.markdown")]));
    }

    [SkippableFact]
    public async Task Themes_and_partners_are_created_once_published_and_shared()
    {
        source.Write("a.markdown", SourceFolder.Event("A", "tags:\n- Design\n"));
        source.Write("b.markdown", SourceFolder.Event("B", "tags:\n- design\npartenaires:\n- nom: IGN\n  lien: https://www.ign.fr/\n"));
        await ImportAsync();

        var a = (await Store.LatestAsync(Id("a.markdown")))!;
        var b = (await Store.LatestAsync(Id("b.markdown")))!;
        var themeId = Assert.Single(a.GetField<ContentPickerField>("Event", "Themes")!.ContentItemIds);
        Assert.Equal([themeId], b.GetField<ContentPickerField>("Event", "Themes")!.ContentItemIds);
        var theme = await Store.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(themeId));
        Assert.NotNull(theme);
        Assert.Equal("Design", theme!.DisplayText);
        Assert.Equal("thematiques/design", theme.As<AutoroutePart>()!.Path);
        var partner = await Store.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(
            Assert.Single(b.GetField<ContentPickerField>("Event", "Partners")!.ContentItemIds)));
        Assert.Equal("IGN", partner!.DisplayText);
        Assert.Equal("https://www.ign.fr/", partner.GetField<LinkField>("Partner", "Website")!.Url);
    }

    [SkippableFact]
    public async Task Existing_published_themes_are_reused_by_title_and_aliases_apply()
    {
        var existing = await Store.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var theme = await content.NewAsync("Theme");
            theme.Apply(new TitlePart { Title = "Communs & souveraineté" });
            return await content.CreateAsync(theme, publish: true);
        });
        source.Write("a.markdown", SourceFolder.Event("A", "tags:\n- Souveraineté\n- communs & Souveraineté\n"));

        var report = await ImportAsync(aliases: new() { ["Souveraineté"] = "Communs & souveraineté" });

        Assert.Empty(report.Refused);
        var item = (await Store.LatestAsync(Id("a.markdown")))!;
        Assert.Equal([existing.ContentItemId], item.GetField<ContentPickerField>("Event", "Themes")!.ContentItemIds);
        Assert.Equal(1, (await Store.CountsAsync())["Theme"]);
    }

    [SkippableFact]
    public async Task Configured_aliases_apply_to_every_import_and_the_import_s_own_come_on_top()
    {
        _ = Store;
        await using var configured = await ImportStore.CreateAsync(services => services.Configure<MarkdownImportDefaults>(d =>
        {
            d.TagAliases["Souveraineté"] = "Communs & souveraineté";
            d.TagAliases["Design"] = "Design des services";
        }), Provider);
        source.Write("a.markdown", SourceFolder.Event("A", "tags:\n- Souveraineté\n- Design\n"));

        var report = await configured.InScopeAsync(sp => sp.GetRequiredService<MarkdownImporter>().ImportAsync(new MarkdownImportOptions
        {
            Folder = source.Events,
            TagAliases = new Dictionary<string, string> { ["Design"] = "Inclusion numérique" },
        }, TextWriter.Null, CancellationToken.None));

        Assert.Empty(report.Refused);
        var item = (await configured.LatestAsync(Id("a.markdown")))!;
        var themes = await configured.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var titles = new List<string>();
            foreach (var id in item.GetField<ContentPickerField>("Event", "Themes")!.ContentItemIds)
            {
                titles.Add((await content.GetAsync(id, VersionOptions.Latest))!.DisplayText!);
            }
            return titles;
        });
        Assert.Equal(["Communs & souveraineté", "Inclusion numérique"], themes);
    }

    [SkippableFact]
    public async Task A_changed_file_becomes_a_new_published_version_with_the_previous_in_history()
    {
        var path = source.Write("a.markdown", SourceFolder.Event("Avant"));
        await ImportAsync();
        File.WriteAllText(path, SourceFolder.Event("Après", body: "Nouveau corps.\n"));

        var report = await ImportAsync();

        Assert.Equal((0, 1, 0), (report.Created, report.Updated, report.Unchanged));
        var versions = await Store.VersionsAsync(Id("a.markdown"));
        Assert.Equal(2, versions.Count);
        Assert.Equal("Avant", versions[0].DisplayText);
        Assert.False(versions[0].Latest);
        Assert.False(versions[0].Published);
        Assert.Equal("Après", versions[1].DisplayText);
        Assert.True(versions[1].Latest && versions[1].Published);
        Assert.Equal("Nouveau corps.\n", versions[1].As<MarkdownBodyPart>()!.Markdown);
        Assert.Equal(1, (await Store.CountsAsync())["Event"]);
    }

    [SkippableFact]
    public async Task An_editor_change_stays_until_the_file_changes()
    {
        var path = source.Write("a.markdown", SourceFolder.Event("Du fichier"));
        await ImportAsync();
        await Store.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = (await content.GetAsync(Id("a.markdown"), VersionOptions.Latest))!;
            item.Apply(new TitlePart { Title = "Corrigé par l'éditeur" });
            item.DisplayText = "Corrigé par l'éditeur";
            return await content.PublishAsync(item);
        });

        var unchanged = await ImportAsync();
        Assert.Equal(1, unchanged.Unchanged);
        Assert.Equal("Corrigé par l'éditeur", (await Store.LatestAsync(Id("a.markdown")))!.DisplayText);

        File.WriteAllText(path, SourceFolder.Event("Fichier modifié"));
        var updated = await ImportAsync();
        Assert.Equal(1, updated.Updated);
        Assert.Equal("Fichier modifié", (await Store.LatestAsync(Id("a.markdown")))!.DisplayText);
        Assert.Equal(3, (await Store.VersionsAsync(Id("a.markdown"))).Count);
    }

    [SkippableFact]
    public async Task A_draft_document_is_imported_unpublished()
    {
        source.Write("a.markdown", SourceFolder.Event("Brouillon", "published: false\n"));
        await ImportAsync();
        var latest = (await Store.LatestAsync(Id("a.markdown")))!;
        Assert.False(latest.Published);
        Assert.True(latest.Latest);
        Assert.Null(await Store.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(Id("a.markdown"))));
    }

    [SkippableFact]
    public async Task One_bad_document_never_stops_the_others()
    {
        source.Write("a-bon.markdown", SourceFolder.Event("Bon"));
        source.Write("b-sans-titre.markdown", "---\nlieu: Paris\n---\nCorps\n");
        source.Write("c-yaml.markdown", "---\ntitle: x\n  lieu: : :\n---\n");
        source.WriteBytes("d-latin1.markdown", System.Text.Encoding.Latin1.GetBytes(SourceFolder.Event("Évènement")));
        source.Write("e-bon.md", SourceFolder.Event("Autre bon"));

        var report = await ImportAsync();

        Assert.Equal(2, report.Created);
        Assert.Equal(["_evenements/b-sans-titre.markdown", "_evenements/c-yaml.markdown", "_evenements/d-latin1.markdown"],
            report.Refused.Select(r => r.Path));
        Assert.NotNull(report.Refused[1].Line);
        Assert.Equal(2, (await Store.CountsAsync())["Event"]);
    }

    [SkippableFact]
    public async Task Two_documents_claiming_the_same_path_the_second_is_refused_naming_both()
    {
        source.Write("a.markdown", SourceFolder.Event("A", "permalink: /agenda/forum/\n"));
        source.Write("b.markdown", SourceFolder.Event("B", "permalink: agenda/forum\n"));

        var report = await ImportAsync();

        Assert.Equal(1, report.Created);
        var refused = Assert.Single(report.Refused);
        Assert.Equal("_evenements/b.markdown", refused.Path);
        Assert.Contains("_evenements/a.markdown", refused.Reason);
        Assert.Contains("agenda/forum", refused.Reason);
    }

    [SkippableFact]
    public async Task A_document_refused_by_the_store_leaves_none_of_its_writes()
    {
        await Store.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var other = await content.NewAsync("Event");
            other.Apply(new TitlePart { Title = "Saisi à la main" });
            other.Apply(new AutoroutePart { Path = "agenda/pris" });
            return await content.CreateAsync(other, publish: true);
        });
        source.Write("pris.markdown", SourceFolder.Event("Conflit", "tags:\n- Thématique orpheline\npartenaires:\n- Partenaire orphelin\n"));
        source.Write("libre.markdown", SourceFolder.Event("Libre", "tags:\n- Thématique partagée\n"));

        var report = await ImportAsync();

        var refused = Assert.Single(report.Refused);
        Assert.Equal("_evenements/pris.markdown", refused.Path);
        Assert.Contains("agenda/pris", refused.Reason);
        Assert.Null(await Store.LatestAsync(IdGenerator.FromSeed("Theme:thematique-orpheline")));
        Assert.Null(await Store.LatestAsync(IdGenerator.FromSeed("Partner:partenaire-orphelin")));
        Assert.NotNull(await Store.LatestAsync(IdGenerator.FromSeed("Theme:thematique-partagee")));
        Assert.False((await Store.CountsAsync()).ContainsKey("Partner"));
    }

    [SkippableFact]
    public async Task A_dry_run_reports_the_same_and_writes_nothing()
    {
        source.Write("a.markdown", SourceFolder.Event("A", "tags:\n- Design\n"));
        source.Write("b.markdown", "pas de front matter\n");

        var dry = await ImportAsync(dryRun: true);

        Assert.Equal((1, 1), (dry.Created, dry.Refused.Count));
        Assert.Empty(await Store.CountsAsync());
        var real = await ImportAsync();
        Assert.Equal((dry.Created, dry.Updated, dry.Unchanged), (real.Created, real.Updated, real.Unchanged));
        Assert.Equal(dry.Refused, real.Refused);
    }

    [SkippableFact]
    public async Task Media_found_are_copied_and_missing_ones_listed()
    {
        var media = Path.Combine(source.Root, "uploads");
        Directory.CreateDirectory(media);
        File.WriteAllBytes(Path.Combine(media, "photo bis.jpg"), [1, 2, 3]);
        source.Write("a.markdown", SourceFolder.Event("A",
            "une-ou-diaporama:\n- image: /uploads/photo%20bis.jpg\n  alternative-textuelle: Une photo\n",
            "Le [programme](/uploads/programme.pdf).\n"));

        var report = await ImportAsync(media: source.Root);

        Assert.Equal(["uploads/programme.pdf (cité par _evenements/a.markdown)"], report.MissingMedia);
        var copied = await Store.InScopeAsync(async sp =>
        {
            await using var stream = await sp.GetRequiredService<Abstractions.Media.IMediaStore>().OpenReadAsync("uploads/photo bis.jpg");
            using var memory = new MemoryStream();
            await stream!.CopyToAsync(memory);
            return memory.ToArray();
        });
        Assert.Equal([1, 2, 3], copied);
        var item = (await Store.LatestAsync(Id("a.markdown")))!;
        Assert.Equal(["uploads/photo bis.jpg"], item.GetField<MediaField>("Event", "Images")!.Paths);
    }

    [SkippableFact]
    public async Task An_interrupted_import_leaves_whole_documents_and_running_again_completes_it()
    {
        for (var i = 0; i < 9; i++)
        {
            source.Write($"doc-{i}.markdown", SourceFolder.Event($"Document {i}", $"tags:\n- Thème {i}\n"));
        }
        using var cancellation = new CancellationTokenSource();
        // Interrupted in the middle of the second batch (documents 4 to 7): while document 5 is being written.
        _ = Store;
        await using var interrupted = await ImportStore.CreateAsync(services =>
            services.AddSingleton<IContentHandler>(new CancelOnEventWrite(cancellation, eventNumber: 6)), Provider);
        var options = new MarkdownImportOptions { Folder = source.Events, BatchSize = 4 };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => interrupted.InScopeAsync(sp =>
            sp.GetRequiredService<MarkdownImporter>().ImportAsync(options, TextWriter.Null, cancellation.Token)));

        var counts = await interrupted.CountsAsync();
        Assert.Equal(4, counts["Event"]);
        Assert.Equal(4, counts["Theme"]);
        for (var i = 0; i < 4; i++)
        {
            var item = (await interrupted.LatestAsync(Id($"doc-{i}.markdown")))!;
            Assert.Equal($"Document {i}", item.DisplayText);
            var themeId = Assert.Single(item.GetField<ContentPickerField>("Event", "Themes")!.ContentItemIds);
            Assert.NotNull(await interrupted.LatestAsync(themeId));
        }
        for (var i = 4; i < 9; i++)
        {
            Assert.Null(await interrupted.LatestAsync(Id($"doc-{i}.markdown")));
            Assert.Null(await interrupted.LatestAsync(IdGenerator.FromSeed($"Theme:theme-{i}")));
        }

        var rerun = await interrupted.InScopeAsync(sp =>
            sp.GetRequiredService<MarkdownImporter>().ImportAsync(options, TextWriter.Null, CancellationToken.None));
        Assert.Equal((5, 0, 4, 0), (rerun.Created, rerun.Updated, rerun.Unchanged, rerun.Refused.Count));
        Assert.Equal(9, (await interrupted.CountsAsync())["Event"]);
        Assert.Equal(9, (await interrupted.CountsAsync())["Theme"]);
        Assert.Equal(9, await interrupted.VersionCountAsync(Enumerable.Range(0, 9).Select(i => Id($"doc-{i}.markdown"))));
    }

    /// <summary>Cancels the run while the store is writing the n-th Event (inside the batch's open transaction).</summary>
    private sealed class CancelOnEventWrite(CancellationTokenSource cancellation, int eventNumber) : IContentHandler
    {
        private int seen;

        public Task UpdatingAsync(ContentItem item, CancellationToken cancellationToken)
        {
            if (item.ContentType == "Event" && Interlocked.Increment(ref seen) == eventNumber) cancellation.Cancel();
            return Task.CompletedTask;
        }
    }
}
