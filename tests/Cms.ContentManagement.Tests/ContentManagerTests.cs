using Cms.Abstractions.Content;
using Cms.Abstractions.Data;
using Cms.ContentManagement.Tests.Infrastructure;
using Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentManagement.Tests;

public sealed class ContentManagerTests_Sqlite(SqliteStore store) : ContentManagerTests<SqliteStore>(store);

public sealed class ContentManagerTests_Postgres(PostgresStore store) : ContentManagerTests<PostgresStore>(store);

/// <summary>Versioning, publication states, conflicts, paths, transactions and restart of the content manager.</summary>
public abstract class ContentManagerTests<TStore>(TStore store) : StoreTests<TStore>(store) where TStore : StoreFixture
{
    [SkippableFact]
    public async Task Create_published_then_get_by_id_and_path()
    {
        var type = await DefineTypeAsync();
        var item = await NewItemAsync(type, "Journée des communs");
        var created = await Content(cm => cm.CreateAsync(item, publish: true));

        Assert.Equal("Journée des communs", created.DisplayText);
        Assert.Equal($"{type.ToLowerInvariant()}/journee-des-communs", created.As<AutoroutePart>()!.Path);
        Assert.True(created.Published);
        Assert.True(created.Latest);
        Assert.Equal("system", created.Author);
        Assert.NotNull(created.PublishedUtc);

        var loaded = await Content(cm => cm.GetAsync(item.ContentItemId));
        Assert.NotNull(loaded);
        Assert.Equal(created.ContentItemVersionId, loaded.ContentItemVersionId);
        Assert.Equal(DateTimeKind.Utc, loaded.CreatedUtc!.Value.Kind);
        var byPath = await Content(cm => cm.GetByPathAsync("/" + created.As<AutoroutePart>()!.Path + "/"));
        Assert.Equal(item.ContentItemId, byPath?.ContentItemId);
        Assert.Equal(item.ContentItemId, (await Content(cm => cm.GetByPathAsync($"{type.ToUpperInvariant()}/Journée-des-communs")))?.ContentItemId);
        Assert.Null(await Content(cm => cm.GetByPathAsync($"{type}/journee-des-communs.ics")));
        Assert.Null(await Content(cm => cm.GetByPathAsync("")));
    }

    [SkippableFact]
    public async Task Draft_is_not_published_nor_routed()
    {
        var type = await DefineTypeAsync();
        var item = await NewItemAsync(type, "Brouillon", $"{type}/brouillon");
        await Content(cm => cm.CreateAsync(item, publish: false));

        Assert.Null(await Content(cm => cm.GetAsync(item.ContentItemId)));
        Assert.NotNull(await Content(cm => cm.GetAsync(item.ContentItemId, VersionOptions.Draft)));
        Assert.NotNull(await Content(cm => cm.GetAsync(item.ContentItemId, VersionOptions.Latest)));
        Assert.Null(await Content(cm => cm.GetByPathAsync($"{type.ToLowerInvariant()}/brouillon")));
    }

    [SkippableFact]
    public async Task Versionable_type_makes_a_version_per_save_and_keeps_the_published_one_visible()
    {
        var type = await DefineTypeAsync(versionable: true);
        var item = await NewItemAsync(type, "V1");
        var v1 = await Content(cm => cm.CreateAsync(item, publish: true));

        v1.Apply(new TitlePart { Title = "V2 brouillon" });
        var v2 = await Content(cm => cm.SaveDraftAsync(v1));
        Assert.NotEqual(v1.ContentItemVersionId, v2.ContentItemVersionId);

        var published = await Content(cm => cm.GetAsync(item.ContentItemId));
        Assert.Equal("V1", published!.DisplayText);
        Assert.False(published.Latest);
        var latest = await Content(cm => cm.GetAsync(item.ContentItemId, VersionOptions.Latest));
        Assert.Equal("V2 brouillon", latest!.DisplayText);
        Assert.False(latest.Published);

        v2.Apply(new TitlePart { Title = "V3" });
        var v3 = await Content(cm => cm.PublishAsync(v2));
        var versions = await Content(cm => cm.ListVersionsAsync(item.ContentItemId));
        Assert.Equal(["V1", "V2 brouillon", "V3"], versions.Select(v => v.DisplayText));
        Assert.Equal([false, false, true], versions.Select(v => v.Published));
        Assert.Equal([false, false, true], versions.Select(v => v.Latest));
        Assert.Equal(v3.ContentItemVersionId, (await Content(cm => cm.GetAsync(item.ContentItemId)))!.ContentItemVersionId);
        Assert.Null(await Content(cm => cm.GetAsync(item.ContentItemId, VersionOptions.Draft)));
    }

    [SkippableFact]
    public async Task Non_versionable_type_updates_the_draft_in_place()
    {
        var type = await DefineTypeAsync(versionable: false);
        var item = await NewItemAsync(type, "Premier");
        var draft = await Content(cm => cm.CreateAsync(item, publish: false));
        draft.Apply(new TitlePart { Title = "Second" });
        var saved = await Content(cm => cm.SaveDraftAsync(draft));

        Assert.Equal(draft.ContentItemVersionId, saved.ContentItemVersionId);
        var versions = await Content(cm => cm.ListVersionsAsync(item.ContentItemId));
        Assert.Single(versions);
        Assert.Equal("Second", versions[0].DisplayText);

        // A draft over a published version is a new version even when not versionable: the published one stays.
        var published = await Content(cm => cm.PublishAsync(saved));
        published.Apply(new TitlePart { Title = "Troisième" });
        await Content(cm => cm.SaveDraftAsync(published));
        Assert.Equal("Second", (await Content(cm => cm.GetAsync(item.ContentItemId)))!.DisplayText);
        Assert.Equal(2, (await Content(cm => cm.ListVersionsAsync(item.ContentItemId))).Count);
    }

    [SkippableFact]
    public async Task Saving_from_an_old_version_is_a_conflict_naming_who_and_when()
    {
        var type = await DefineTypeAsync();
        var item = await NewItemAsync(type, "Original");
        var first = await Content(cm => cm.CreateAsync(item, publish: false));
        var copyA = first.Clone();
        var copyB = first.Clone();
        copyA.Apply(new TitlePart { Title = "Par A" });
        var saved = await Content(cm => cm.SaveDraftAsync(copyA));

        copyB.Apply(new TitlePart { Title = "Par B" });
        var conflict = await Assert.ThrowsAsync<ContentConflictException>(() => Content(cm => cm.PublishAsync(copyB)));
        Assert.Equal(saved.ContentItemVersionId, conflict.LatestVersionId);
        Assert.Equal("system", conflict.ChangedBy);
        Assert.Equal(saved.ModifiedUtc, conflict.ChangedUtc);
        Assert.Equal("Par A", (await Content(cm => cm.GetAsync(item.ContentItemId, VersionOptions.Latest)))!.DisplayText);
    }

    [SkippableFact]
    public async Task Unpublish_keeps_a_draft_and_frees_the_route()
    {
        var type = await DefineTypeAsync();
        var item = await NewItemAsync(type, "À dépublier");
        var created = await Content(cm => cm.CreateAsync(item, publish: true));
        var path = created.As<AutoroutePart>()!.Path!;

        await Content(cm => cm.UnpublishAsync(item.ContentItemId));
        Assert.Null(await Content(cm => cm.GetAsync(item.ContentItemId)));
        Assert.Null(await Content(cm => cm.GetByPathAsync(path)));
        var draft = await Content(cm => cm.GetAsync(item.ContentItemId, VersionOptions.Draft));
        Assert.Equal(created.ContentItemVersionId, draft!.ContentItemVersionId);
    }

    [SkippableFact]
    public async Task Discard_draft_returns_to_the_published_version()
    {
        var type = await DefineTypeAsync();
        var item = await NewItemAsync(type, "Publié");
        var published = await Content(cm => cm.CreateAsync(item, publish: true));
        published.Apply(new TitlePart { Title = "Brouillon à jeter" });
        await Content(cm => cm.SaveDraftAsync(published));

        await Content(cm => cm.DiscardDraftAsync(item.ContentItemId));
        var latest = await Content(cm => cm.GetAsync(item.ContentItemId, VersionOptions.Latest));
        Assert.Equal(published.ContentItemVersionId, latest!.ContentItemVersionId);
        Assert.True(latest.Published);
        Assert.Null(await Content(cm => cm.GetAsync(item.ContentItemId, VersionOptions.Draft)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Content(cm => cm.DiscardDraftAsync(item.ContentItemId)));
    }

    [SkippableFact]
    public async Task Delete_hides_every_version_frees_the_path_and_keeps_history()
    {
        var type = await DefineTypeAsync();
        var item = await NewItemAsync(type, "Supprimé", $"{type}/partage");
        await Content(cm => cm.CreateAsync(item, publish: true));
        await Content(cm => cm.DeleteAsync(item.ContentItemId));

        Assert.Null(await Content(cm => cm.GetAsync(item.ContentItemId)));
        Assert.Null(await Content(cm => cm.GetAsync(item.ContentItemId, VersionOptions.Latest)));
        Assert.Single(await Content(cm => cm.ListVersionsAsync(item.ContentItemId)));
        await Assert.ThrowsAsync<ContentNotFoundException>(() => Content(cm => cm.DeleteAsync(item.ContentItemId)));

        var other = await NewItemAsync(type, "Reprend l'adresse", $"{type}/partage");
        await Content(cm => cm.CreateAsync(other, publish: true));
        Assert.Equal(other.ContentItemId, (await Content(cm => cm.GetByPathAsync($"{type.ToLowerInvariant()}/partage")))!.ContentItemId);
    }

    [SkippableFact]
    public async Task Restore_makes_a_copy_of_an_old_version_the_latest_draft()
    {
        var type = await DefineTypeAsync();
        var item = await NewItemAsync(type, "Ancien titre");
        var v1 = await Content(cm => cm.CreateAsync(item, publish: true));
        v1.Apply(new TitlePart { Title = "Nouveau titre" });
        await Content(cm => cm.PublishAsync(v1));

        var restored = await Content(cm => cm.RestoreAsync(v1.ContentItemVersionId));
        Assert.Equal("Ancien titre", restored.DisplayText);
        Assert.False(restored.Published);
        Assert.NotEqual(v1.ContentItemVersionId, restored.ContentItemVersionId);
        Assert.Equal("Nouveau titre", (await Content(cm => cm.GetAsync(item.ContentItemId)))!.DisplayText);
        Assert.Equal(restored.ContentItemVersionId, (await Content(cm => cm.GetAsync(item.ContentItemId, VersionOptions.Draft)))!.ContentItemVersionId);
        Assert.Equal(3, (await Content(cm => cm.ListVersionsAsync(item.ContentItemId))).Count);
    }

    [SkippableFact]
    public async Task Title_is_required()
    {
        var type = await DefineTypeAsync();
        var item = await NewItemAsync(type, "");
        var error = await Assert.ThrowsAsync<ContentValidationException>(() => Content(cm => cm.CreateAsync(item, publish: true)));
        Assert.Contains(error.Errors, e => e.Field == "TitlePart.Title");
        Assert.Empty(await Content(cm => cm.ListVersionsAsync(item.ContentItemId)));
    }

    [SkippableFact]
    public async Task Path_is_normalized_and_unique_among_other_items()
    {
        var type = await DefineTypeAsync();
        var lower = type.ToLowerInvariant();
        var first = await NewItemAsync(type, "Premier", $"/{type}/Été Numérique/");
        var saved = await Content(cm => cm.CreateAsync(first, publish: false));
        Assert.Equal($"{lower}/ete-numerique", saved.As<AutoroutePart>()!.Path);

        // A published item's path is taken: publishing another item on it fails, naming the published item, and saves nothing.
        var published = await NewItemAsync(type, "Publié", $"{lower}/publiee");
        await Content(cm => cm.CreateAsync(published, publish: true));
        var second = await NewItemAsync(type, "Second", $"{lower}/publiee");
        var error = await Assert.ThrowsAsync<ContentValidationException>(() => Content(cm => cm.CreateAsync(second, publish: true)));
        Assert.Contains(error.Errors, e => e.Field == "AutoroutePart.Path" && e.Message.Contains("« Publié »"));
        Assert.Empty(await Content(cm => cm.ListVersionsAsync(second.ContentItemId)));

        // Issue 16 item 12: another item's draft reserves no path and its title is never shown; whoever publishes first
        // takes the path, and the draft is then refused on it, naming the published item only.
        var rival = await NewItemAsync(type, "Rival", $"{lower}/ete-numerique");
        Assert.Equal($"{lower}/ete-numerique", (await Content(cm => cm.CreateAsync(rival, publish: true))).As<AutoroutePart>()!.Path);
        var late = await Assert.ThrowsAsync<ContentValidationException>(() => Content(cm => cm.PublishAsync(saved)));
        Assert.Contains(late.Errors, e => e.Field == "AutoroutePart.Path" && e.Message.Contains("« Rival »"));
        saved.Apply(new AutoroutePart { Path = $"{lower}/ete-numerique-premier" });

        // Same title, no path: the suggestion is made unique.
        var third = await NewItemAsync(type, "Premier");
        var fourth = await NewItemAsync(type, "Premier");
        Assert.Equal($"{lower}/premier", (await Content(cm => cm.CreateAsync(third, publish: true))).As<AutoroutePart>()!.Path);
        Assert.Equal($"{lower}/premier-2", (await Content(cm => cm.CreateAsync(fourth, publish: true))).As<AutoroutePart>()!.Path);

        // The item itself may keep its path across versions.
        saved.Apply(new TitlePart { Title = "Premier, modifié" });
        await Content(cm => cm.PublishAsync(saved));

        var reserved = await NewItemAsync(type, "Réservé", "media/photo.jpg");
        await Assert.ThrowsAsync<ContentValidationException>(() => Content(cm => cm.CreateAsync(reserved, publish: true)));
    }

    [SkippableFact]
    public async Task A_failed_write_leaves_the_store_as_it_was_and_the_scope_usable()
    {
        var type = await DefineTypeAsync();
        var lower = type.ToLowerInvariant();
        var taken = await NewItemAsync(type, "Occupe", $"{lower}/occupee");
        await Content(cm => cm.CreateAsync(taken, publish: true));
        var item = await NewItemAsync(type, "Libre", $"{lower}/libre");

        await InScope(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var v1 = await cm.CreateAsync(item, publish: true);
            v1.Apply(new AutoroutePart { Path = $"{lower}/occupee" });
            await Assert.ThrowsAsync<ContentValidationException>(() => cm.PublishAsync(v1));
            var db = sp.GetRequiredService<CmsDbContext>();
            Assert.Empty(db.ChangeTracker.Entries());

            // The same scope keeps working after the failure.
            v1.Apply(new AutoroutePart { Path = $"{lower}/libre-2" });
            await cm.PublishAsync(v1);
        });
        var versions = await Content(cm => cm.ListVersionsAsync(item.ContentItemId));
        Assert.Equal(2, versions.Count);
        Assert.Equal($"{lower}/libre-2", versions[^1].As<AutoroutePart>()!.Path);
    }

    [SkippableFact]
    public async Task Unit_of_work_joins_and_a_rolled_back_savepoint_undoes_only_its_part()
    {
        var type = await DefineTypeAsync();
        var kept = await NewItemAsync(type, "Gardé");
        var undone = await NewItemAsync(type, "Annulé");
        var dropped = await NewItemAsync(type, "Jamais");

        await InScope(async sp =>
        {
            var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
            var cm = sp.GetRequiredService<IContentManager>();
            await using (var outer = await unitOfWork.BeginAsync())
            {
                Assert.True(unitOfWork.InTransaction);
                await cm.CreateAsync(kept, publish: true);
                await outer.SavepointAsync("doc");
                await cm.CreateAsync(undone, publish: true);
                await outer.RollbackToSavepointAsync("doc");
                await using (var inner = await unitOfWork.BeginAsync())
                {
                    await cm.CreateAsync(dropped, publish: true);
                    await inner.RollbackAsync();
                }
                await outer.CommitAsync();
            }
            Assert.False(unitOfWork.InTransaction);
        });

        Assert.NotNull(await Content(cm => cm.GetAsync(kept.ContentItemId)));
        Assert.Null(await Content(cm => cm.GetAsync(undone.ContentItemId, VersionOptions.Latest)));
        Assert.Null(await Content(cm => cm.GetAsync(dropped.ContentItemId, VersionOptions.Latest)));
    }

    [SkippableFact]
    public async Task Rolled_back_unit_of_work_leaves_nothing()
    {
        var type = await DefineTypeAsync();
        var item = await NewItemAsync(type, "Annulé en bloc");
        await InScope(async sp =>
        {
            var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
            await using var transaction = await unitOfWork.BeginAsync();
            await sp.GetRequiredService<IContentManager>().CreateAsync(item, publish: true);
            // Disposed without commit.
        });
        Assert.Empty(await Content(cm => cm.ListVersionsAsync(item.ContentItemId)));
    }

    [SkippableFact]
    public async Task Writes_are_recorded_in_the_audit_trail()
    {
        var type = await DefineTypeAsync();
        var item = await NewItemAsync(type, "Audité");
        var created = await Content(cm => cm.CreateAsync(item, publish: false));
        await Content(cm => cm.PublishAsync(created));
        await Content(cm => cm.DeleteAsync(item.ContentItemId));

        var kinds = await InScope(sp => sp.GetRequiredService<CmsDbContext>().AuditTrail
            .Where(a => a.ContentItemId == item.ContentItemId).OrderBy(a => a.Id).Select(a => a.Kind).ToListAsync());
        Assert.Equal(["Created", "Published", "Deleted"], kinds);
    }

    [SkippableFact]
    public async Task Items_survive_a_restart()
    {
        var type = await DefineTypeAsync();
        var item = await NewItemAsync(type, "Persistant");
        await Content(cm => cm.CreateAsync(item, publish: true));

        await RestartAsync();
        var loaded = await Content(cm => cm.GetAsync(item.ContentItemId));
        Assert.Equal("Persistant", loaded?.DisplayText);
    }

    [SkippableFact]
    public async Task Get_many_keeps_the_order_asked_and_leaves_out_missing_ids()
    {
        var type = await DefineTypeAsync();
        var a = await Content(async cm => await cm.CreateAsync(await NewItemAsync(type, "A"), publish: true));
        var b = await Content(async cm => await cm.CreateAsync(await NewItemAsync(type, "B"), publish: true));
        var items = await Content(cm => cm.GetManyAsync([b.ContentItemId, "missing", a.ContentItemId]));
        Assert.Equal(["B", "A"], items.Select(i => i.DisplayText));
    }

    [SkippableFact]
    public async Task Unknown_type_is_refused()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Content(cm => cm.NewAsync("NoSuchType")));
        var item = new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = "NoSuchType" };
        await Assert.ThrowsAsync<InvalidOperationException>(() => Content(cm => cm.CreateAsync(item, publish: true)));
    }
}
