using Cms.Abstractions.Time;
using System.Diagnostics;
using Cms.Abstractions.Content;
using Cms.Abstractions.Data;
using Cms.Abstractions.Media;
using Cms.Abstractions.Recipes;
using Cms.MarkdownImport.Jekyll;
using Cms.MarkdownImport.Mapping;
using Cms.MarkdownImport.Parsing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cms.MarkdownImport.Services;

/// <summary>
/// Imports a folder of Jekyll documents as <c>Event</c> items (docs/contracts.md §5).
/// <list type="bullet">
/// <item>Identity: each item's id is derived from its source path; a document whose file did not change
/// (<c>FrontMatterPart.SourceHash</c>) is left alone, even when an editor changed the item since; a changed file
/// becomes a new version, the previous one staying in the history.</item>
/// <item>Whole or nothing: documents are written in batches, one transaction per batch and a savepoint per
/// document, so a refused document undoes only its own writes (Theme and Partner items included) and an
/// interruption loses only the batch in flight, which the next run writes again.</item>
/// <item>Memory: one scope (and so one store context) per batch; only ids and paths are kept across batches.</item>
/// </list>
/// </summary>
public sealed class MarkdownImporter(IServiceScopeFactory scopes, IOptions<MarkdownImportDefaults> defaults, ISiteClock siteClock)
{
    public static readonly string[] Extensions = [".md", ".markdown"];

    private enum Outcome { Created, Updated, Unchanged, Refused }

    public async Task<RecipeReport> ImportAsync(MarkdownImportOptions options, TextWriter output, CancellationToken cancellationToken, RecipeReport? report = null)
    {
        report ??= new RecipeReport();
        var folder = Path.GetFullPath(options.Folder).TrimEnd(Path.DirectorySeparatorChar);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Folder to import not found: {folder}");
        }
        var mediaFolder = options.MediaFolder is null ? null : Path.GetFullPath(options.MediaFolder).TrimEnd(Path.DirectorySeparatorChar);
        if (mediaFolder is not null && !Directory.Exists(mediaFolder))
        {
            throw new DirectoryNotFoundException($"Media folder not found: {mediaFolder}");
        }
        var sourceRoot = options.SourceRoot is null
            ? Path.GetDirectoryName(folder) ?? folder
            : Path.GetFullPath(options.SourceRoot).TrimEnd(Path.DirectorySeparatorChar);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Select(f => (Full: f, Source: Path.GetRelativePath(sourceRoot, f).Replace(Path.DirectorySeparatorChar, '/')))
            .OrderBy(f => f.Source, StringComparer.Ordinal)
            .ToList();

        // The configured aliases, then the import's own on top.
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (tag, theme) in defaults.Value.TagAliases.Concat(options.TagAliases)) aliases[Slug.From(tag)] = theme;
        var themes = new TaxonomyResolver("Theme", "thematiques/");
        var partners = new TaxonomyResolver("Partner", "partenaires/");
        await using (var scope = scopes.CreateAsyncScope())
        {
            var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
            await themes.LoadAsync(query, cancellationToken);
            await partners.LoadAsync(query, cancellationToken);
        }

        JekyllSite? jekyll = null;
        try
        {
            jekyll = JekyllSite.Find(folder);
        }
        catch (InvalidDataException e)
        {
            await output.WriteLineAsync($"Avertissement : {e.Message} Les anciennes adresses du site Jekyll ne sont pas calculées.");
        }
        var run = new RunState(options, report, themes, partners, aliases, mediaFolder, siteClock.Current) { Jekyll = jekyll };
        await output.WriteLineAsync($"Import de {files.Count} document(s) depuis {folder}{(options.DryRun ? " (essai à blanc : rien n'est écrit)" : "")}.");
        var clock = Stopwatch.StartNew();
        var done = 0;
        // The pipeline: documents are read, parsed and mapped in parallel (no store access) while the batch before
        // them is written, in order; at most ParsingPipeline.Ahead batches are parsed ahead of the writer, so memory
        // does not grow with the number of documents.
        var size = Math.Max(1, options.BatchSize);
        var batches = files.Chunk(size).ToArray();
        using var stopParsing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stop = stopParsing.Token;
        using var parsing = new ParsingPipeline<(string Full, string Source), ParsedDocument>(
            batches, file => Parse(file.Full, file.Source, run, stop), ParsingThreads, stop);
        try
        {
            for (var index = 0; index < batches.Length; index++)
            {
                var batch = await parsing.TakeAsync(index, cancellationToken);
                await ImportBatchAsync(batch, run, cancellationToken);
                parsing.Written();
                done += batch.Length;
                var rate = done / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                await output.WriteLineAsync($"  {done}/{files.Count} documents ({rate:0.0} doc/s)");
            }
        }
        finally
        {
            await stopParsing.CancelAsync();
            await parsing.StopAsync();
        }

        if (themes.CreatedCount > 0) report.Messages.Add($"Thématiques créées : {themes.CreatedCount}.");
        if (partners.CreatedCount > 0) report.Messages.Add($"Partenaires créés : {partners.CreatedCount}.");
        return report;
    }

    /// <summary>Parsing threads beside the writer's, which parses too while it waits (<see cref="ParsingPipeline{TSource, TParsed}"/>): one per core but the writer's, within these bounds.</summary>
    private static readonly int ParsingThreads = Math.Clamp(Environment.ProcessorCount - 1, 1, 7);

    /// <summary>A document read, parsed and mapped (or refused) by the pipeline's parallel stage.</summary>
    private sealed record ParsedDocument(string Full, string Source, MappedEvent? Mapped, string? Hash, RefusedDocument? Refusal);

    private static ParsedDocument Parse(string full, string source, RunState run, CancellationToken cancellationToken)
    {
        try
        {
            // SourceFile reads synchronously: the task is already completed.
            var file = SourceFile.ReadAsync(full, cancellationToken).GetAwaiter().GetResult();
            var document = FrontMatterParser.Parse(file.Text);
            var mapped = EventMapper.Map(document, source, file.Hash, run.Clock);
            if (run.Jekyll is not null)
            {
                mapped.Item.Part("FrontMatterPart")["JekyllUrl"] = run.Jekyll.UrlOf(full, Scalar(document, "permalink"), Scalar(document, "slug"), JekyllDateOf(document, run.Clock));
            }
            return new ParsedDocument(full, source, mapped, file.Hash, null);
        }
        catch (DocumentRefusedException e)
        {
            return new ParsedDocument(full, source, null, null, new RefusedDocument(source, e.Reason, e.Line));
        }
    }

    private async Task ImportBatchAsync(ParsedDocument[] batch, RunState run, CancellationToken cancellationToken)
    {
        // The fast way first: the whole batch in bulk statements; if the store refuses any of it, nothing of it
        // stays and the batch is written again document by document, so that only the bad one is refused.
        // A dry run takes the same checks and writes nothing.
        var outcomes = await ImportInBulkAsync(batch, run, cancellationToken);
        outcomes ??= await ImportOneByOneAsync(batch, run, cancellationToken);

        run.Themes.BatchCommitted();
        run.Partners.BatchCommitted();
        foreach (var (outcome, refusal, _, _, _) in outcomes)
        {
            switch (outcome)
            {
                case Outcome.Created: run.Report.Created++; break;
                case Outcome.Updated: run.Report.Updated++; break;
                case Outcome.Unchanged: run.Report.Unchanged++; break;
                case Outcome.Refused: run.Report.Refused.Add(refusal!); break;
            }
        }
        if (run.MediaFolder is not null)
        {
            await using var scope = scopes.CreateAsyncScope();
            var media = scope.ServiceProvider.GetRequiredService<IMediaStore>();
            var check = scope.ServiceProvider.GetServices<IMediaFileCheck>().FirstOrDefault();
            foreach (var (outcome, _, _, source, paths) in outcomes)
            {
                if (outcome == Outcome.Refused) continue;
                foreach (var path in paths)
                {
                    await CopyMediaAsync(media, check, path, source, run, cancellationToken);
                }
            }
        }
    }

    /// <summary>
    /// The batch's checks in memory (addresses claimed, unchanged files, addresses owned by other items: read for the
    /// whole batch at once), then its items written by <see cref="IContentBatchWriter"/> in one transaction (none on a
    /// dry run). Null when
    /// the store refused the batch: it was rolled back, and the run's state is as before it.
    /// </summary>
    private async Task<List<DocumentOutcome>?> ImportInBulkAsync(ParsedDocument[] batch, RunState run, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var contentManager = services.GetRequiredService<IContentManager>();
        var writer = services.GetRequiredService<IContentBatchWriter>();
        var stored = await StoredItemsAsync(batch, contentManager, cancellationToken);
        var owners = new Dictionary<string, ContentItem>(
            await writer.GetPublishedByPathsAsync(batch.Where(p => p.Mapped is not null).Select(p => p.Mapped!.Path), cancellationToken), StringComparer.Ordinal);

        var outcomes = new List<DocumentOutcome>();
        var claims = new Dictionary<string, string>(StringComparer.Ordinal);
        var items = new List<ContentItem>();
        var written = new List<(MappedEvent Mapped, string Source)>();
        foreach (var document in batch)
        {
            if (document.Mapped is not { } mapped)
            {
                outcomes.Add(new(Outcome.Refused, document.Refusal, null, document.Source, []));
                continue;
            }
            var source = document.Source;
            if ((claims.TryGetValue(mapped.Path, out var first) || run.ClaimedPaths.TryGetValue(mapped.Path, out first)) && first != source)
            {
                outcomes.Add(Refused(source, new DocumentRefusedException($"adresse « {mapped.Path} » déjà prise par « {first} » : le premier document est gardé, celui-ci est refusé.")));
                continue;
            }
            var existing = stored.GetValueOrDefault(mapped.Item.ContentItemId);
            if (existing?.As<FrontMatterPart>()?.SourceHash == document.Hash)
            {
                claims[mapped.Path] = source;
                outcomes.Add(new(Outcome.Unchanged, null, mapped.Path, source, mapped.MediaPaths));
                continue;
            }
            if (owners.TryGetValue(mapped.Path, out var owner) && owner.ContentItemId != mapped.Item.ContentItemId)
            {
                var from = owner.As<FrontMatterPart>()?.SourcePath;
                outcomes.Add(Refused(source, new DocumentRefusedException($"adresse « {mapped.Path} » déjà prise par « {owner.DisplayText} »{(from is null ? "" : $" (importé de « {from} »)")}.")));
                continue;
            }
            // This item's new version replaces its published address: the old one is free for the documents after it.
            foreach (var freed in owners.Where(o => o.Value.ContentItemId == mapped.Item.ContentItemId).Select(o => o.Key).ToList()) owners.Remove(freed);

            var themes = new DocumentTaxonomy();
            var partners = new DocumentTaxonomy();
            await PickTaxonomiesAsync(mapped, existing, contentManager, themes, partners, run, cancellationToken);
            run.Themes.DocumentWritten(themes);
            run.Partners.DocumentWritten(partners);
            items.AddRange([.. themes.Creations, .. partners.Creations, mapped.Item]);
            claims[mapped.Path] = source;
            written.Add((mapped, source));
            outcomes.Add(new(existing is null ? Outcome.Created : Outcome.Updated, null, mapped.Path, source, mapped.MediaPaths));
        }

        if (!run.Options.DryRun)
        {
            try
            {
                await using var transaction = await services.GetRequiredService<IUnitOfWork>().BeginAsync(cancellationToken);
                await writer.ImportBatchAsync(items, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                run.Themes.BatchRolledBack();
                run.Partners.BatchRolledBack();
                return null;
            }
            catch
            {
                run.Themes.BatchRolledBack();
                run.Partners.BatchRolledBack();
                throw;
            }
        }
        foreach (var (path, source) in claims) run.ClaimedPaths[path] = source;
        foreach (var (mapped, source) in written)
        {
            foreach (var warning in mapped.Warnings) run.Report.Messages.Add($"{source} : {warning}");
        }
        return outcomes;
    }

    private static DocumentOutcome Refused(string source, DocumentRefusedException e) =>
        new(Outcome.Refused, new RefusedDocument(source, e.Reason, e.Line), null, source, []);

    /// <summary>One document's outcome: its refusal, its page address and the media files it names.</summary>
    private sealed record DocumentOutcome(Outcome Outcome, RefusedDocument? Refusal, string? Path, string Source, IReadOnlyList<string> Media);

    /// <summary>The themes and partners a document names, to ids (preparing the items to create), set on its item.</summary>
    private static async Task PickTaxonomiesAsync(MappedEvent mapped, ContentItem? existing, IContentManager contentManager,
        DocumentTaxonomy themes, DocumentTaxonomy partners, RunState run, CancellationToken cancellationToken)
    {
        var item = mapped.Item;
        var themeIds = new List<string>();
        foreach (var tag in mapped.Tags)
        {
            var name = run.Aliases.TryGetValue(Slug.From(tag), out var alias) ? alias : tag;
            themeIds.Add(await run.Themes.ResolveAsync(contentManager, name, null, themes, cancellationToken));
        }
        var partnerIds = new List<string>();
        foreach (var partner in mapped.Partners)
        {
            partnerIds.Add(await run.Partners.ResolveAsync(contentManager, partner.Name, partner.Website, partners, cancellationToken));
        }
        EventMapper.SetPicked(item, "Themes", themeIds);
        EventMapper.SetPicked(item, "Partners", partnerIds);
        item.ContentItemVersionId = IdGenerator.NewId();
        item.CreatedUtc ??= existing?.CreatedUtc;
    }

    /// <summary>The batch document by document, a savepoint each: a refused document undoes only its own writes.</summary>
    private async Task<List<DocumentOutcome>> ImportOneByOneAsync(ParsedDocument[] batch, RunState run, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var contentManager = services.GetRequiredService<IContentManager>();
        var transaction = run.Options.DryRun ? null : await services.GetRequiredService<IUnitOfWork>().BeginAsync(cancellationToken);
        var outcomes = new List<DocumentOutcome>();
        try
        {
            var stored = await StoredItemsAsync(batch, contentManager, cancellationToken);
            foreach (var document in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                outcomes.Add(await ImportDocumentAsync(document, stored, contentManager, transaction, run, cancellationToken));
            }
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch
        {
            run.Themes.BatchRolledBack();
            run.Partners.BatchRolledBack();
            throw;
        }
        finally
        {
            if (transaction is not null) await transaction.DisposeAsync();
        }
        return outcomes;
    }

    /// <summary>
    /// The latest stored version (or null) of every item the batch's documents map to, read in one query instead of
    /// one per document. Ids derive from source paths (<see cref="EventMapper"/>), so no document of the batch
    /// writes another one's Event item.
    /// </summary>
    private static async Task<Dictionary<string, ContentItem?>> StoredItemsAsync(ParsedDocument[] batch, IContentManager contentManager, CancellationToken cancellationToken)
    {
        var ids = batch.Select(d => EventMapper.ItemId(d.Source)).ToList();
        var stored = ids.ToDictionary(id => id, _ => (ContentItem?)null, StringComparer.Ordinal);
        foreach (var item in await contentManager.GetManyAsync(ids, VersionOptions.Latest, cancellationToken))
        {
            stored[item.ContentItemId] = item;
        }
        return stored;
    }

    private static async Task<DocumentOutcome> ImportDocumentAsync(
        ParsedDocument document, IReadOnlyDictionary<string, ContentItem?> stored, IContentManager contentManager, IUnitOfWorkTransaction? transaction, RunState run, CancellationToken cancellationToken)
    {
        var source = document.Source;
        if (document.Mapped is not { } mapped) return new(Outcome.Refused, document.Refusal, null, source, []);
        ContentItem? existing;
        try
        {
            if (run.ClaimedPaths.TryGetValue(mapped.Path, out var first) && first != source)
            {
                throw new DocumentRefusedException($"adresse « {mapped.Path} » déjà prise par « {first} » : le premier document est gardé, celui-ci est refusé.");
            }
            existing = stored.TryGetValue(mapped.Item.ContentItemId, out var prefetched)
                ? prefetched
                : await contentManager.GetAsync(mapped.Item.ContentItemId, VersionOptions.Latest, cancellationToken);
            if (existing?.As<FrontMatterPart>()?.SourceHash == document.Hash)
            {
                run.ClaimedPaths[mapped.Path] = source;
                return new(Outcome.Unchanged, null, mapped.Path, source, mapped.MediaPaths);
            }
            var owner = await contentManager.GetByPathAsync(mapped.Path, cancellationToken);
            if (owner is not null && owner.ContentItemId != mapped.Item.ContentItemId)
            {
                var from = owner.As<FrontMatterPart>()?.SourcePath;
                throw new DocumentRefusedException($"adresse « {mapped.Path} » déjà prise par « {owner.DisplayText} »{(from is null ? "" : $" (importé de « {from} »)")}.");
            }
        }
        catch (DocumentRefusedException e)
        {
            return Refused(source, e);
        }

        var themes = new DocumentTaxonomy();
        var partners = new DocumentTaxonomy();
        const string savepoint = "document";
        if (transaction is not null) await transaction.SavepointAsync(savepoint, cancellationToken);
        try
        {
            await PickTaxonomiesAsync(mapped, existing, contentManager, themes, partners, run, cancellationToken);
            var item = mapped.Item;
            if (!run.Options.DryRun)
            {
                await contentManager.ImportAsync([.. themes.Creations, .. partners.Creations, item], cancellationToken);
            }
            run.ClaimedPaths[mapped.Path] = source;
            run.Themes.DocumentWritten(themes);
            run.Partners.DocumentWritten(partners);
            foreach (var warning in mapped.Warnings)
            {
                run.Report.Messages.Add($"{source} : {warning}");
            }
            return new(existing is null ? Outcome.Created : Outcome.Updated, null, mapped.Path, source, mapped.MediaPaths);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (transaction is not null) await transaction.RollbackToSavepointAsync(savepoint, CancellationToken.None);
            var reason = e is ContentValidationException validation
                ? "refusé par le contrôle du contenu : " + string.Join(" ; ", validation.Errors.Select(v => $"{v.Field} : {v.Message}"))
                : $"échec de l'écriture : {e.Message}";
            return new(Outcome.Refused, new RefusedDocument(source, reason), null, source, []);
        }
    }

    private static async Task CopyMediaAsync(IMediaStore media, IMediaFileCheck? check, string path, string source, RunState run, CancellationToken cancellationToken)
    {
        if (!run.MediaSeen.Add(path)) return;
        var root = run.MediaFolder! + Path.DirectorySeparatorChar;
        var slash = path.IndexOf('/');
        var candidates = new[] { path, slash > 0 ? path[(slash + 1)..] : null }
            .OfType<string>()
            .Select(p => Path.GetFullPath(Path.Combine(root, p)))
            .Where(p => p.StartsWith(root, StringComparison.Ordinal));
        var found = candidates.FirstOrDefault(File.Exists);
        if (found is null)
        {
            // Already in the store (an earlier import, an upload): nothing is missing.
            if (!await media.ExistsAsync(path, cancellationToken)) run.Report.MissingMedia.Add($"{path} (cité par {source})");
            return;
        }
        await using var stream = File.OpenRead(found);
        var (outcome, refusal) = await ImportedMedia.SaveAsync(media, check, path, stream, run.Options.DryRun, cancellationToken);
        if (outcome == ImportedMediaOutcome.Refused)
        {
            run.Report.Refused.Add(new RefusedDocument(path, $"média refusé (cité par {source}) : {refusal}"));
        }
        else if (outcome == ImportedMediaOutcome.KeptExisting)
        {
            run.Report.Messages.Add($"Média « {path} » (cité par {source}) : un autre fichier existe déjà à ce chemin ; il est conservé, pas remplacé.");
        }
    }

    private sealed class RunState(MarkdownImportOptions options, RecipeReport report, TaxonomyResolver themes, TaxonomyResolver partners,
        IReadOnlyDictionary<string, string> aliases, string? mediaFolder, SiteClock clock)
    {
        /// <summary>The site's clock: front matter times without offset are in its zone.</summary>
        public SiteClock Clock { get; } = clock;
        public MarkdownImportOptions Options { get; } = options;
        public RecipeReport Report { get; } = report;
        public TaxonomyResolver Themes { get; } = themes;
        public TaxonomyResolver Partners { get; } = partners;
        public IReadOnlyDictionary<string, string> Aliases { get; } = aliases;
        public string? MediaFolder { get; } = mediaFolder;
        /// <summary>Page address to the source path that holds it, for documents written (or found unchanged) in this run.</summary>
        public Dictionary<string, string> ClaimedPaths { get; } = new(StringComparer.Ordinal);
        public HashSet<string> MediaSeen { get; } = new(StringComparer.Ordinal);
        /// <summary>The Jekyll site the folder sits in (its <c>_config.yml</c> and collection), to compute old URLs.</summary>
        public JekyllSite? Jekyll { get; init; }
    }

    private static string? Scalar(FrontMatterDocument document, string key) =>
        document.Data[key] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The front matter's date in the site's time zone (Jekyll's :year, :month, :day).</summary>
    private static DateTime? JekyllDateOf(FrontMatterDocument document, SiteClock clock) =>
        Scalar(document, "date") is { } text && JekyllDate.TryParse(text, clock, out var utc)
            ? clock.ToLocal(utc)
            : null;
}
