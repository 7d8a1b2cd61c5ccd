using Cms.Abstractions.Content;
using Cms.ContentManagement.Tests.Infrastructure;

namespace Cms.ContentManagement.Tests;

public sealed class ImportTests_Sqlite(SqliteStore store) : ImportTests<SqliteStore>(store);

public sealed class ImportTests_Postgres(PostgresStore store) : ImportTests<PostgresStore>(store);

/// <summary>ImportAsync with Orchard Core's semantics: matched by ContentItemVersionId, unchanged versions skipped.</summary>
public abstract class ImportTests<TStore>(TStore store) : StoreTests<TStore>(store) where TStore : StoreFixture
{
    private static ContentItem Item(string type, string id, string versionId, string title, bool published = true)
    {
        var item = new ContentItem
        {
            ContentItemId = id,
            ContentItemVersionId = versionId,
            ContentType = type,
            Latest = true,
            Published = published,
            CreatedUtc = new DateTime(2023, 10, 18, 7, 0, 0, DateTimeKind.Utc),
            Owner = "importer",
            Author = "importer",
        };
        item.Apply(new TitlePart { Title = title });
        return item;
    }

    [SkippableFact]
    public async Task Same_version_with_same_content_is_skipped_and_changed_content_overwrites_it()
    {
        var type = await DefineTypeAsync();
        var id = IdGenerator.NewId();
        var version = IdGenerator.NewId();

        Assert.Equal(new ImportResult(1, 0, 0), await Content(cm => cm.ImportAsync([Item(type, id, version, "Importé")])));
        Assert.Equal(new ImportResult(0, 0, 1), await Content(cm => cm.ImportAsync([Item(type, id, version, "Importé")])));
        Assert.Equal(new ImportResult(0, 1, 0), await Content(cm => cm.ImportAsync([Item(type, id, version, "Importé, corrigé")])));

        var versions = await Content(cm => cm.ListVersionsAsync(id));
        var only = Assert.Single(versions);
        Assert.Equal("Importé, corrigé", only.DisplayText);
        Assert.Equal("importer", only.Owner);
        Assert.Equal(new DateTime(2023, 10, 18, 7, 0, 0, DateTimeKind.Utc), only.CreatedUtc);
        Assert.NotNull((await Content(cm => cm.GetByPathAsync(only.As<AutoroutePart>()!.Path!))));
    }

    [SkippableFact]
    public async Task A_new_published_version_takes_the_flags_from_the_others()
    {
        var type = await DefineTypeAsync();
        var id = IdGenerator.NewId();
        var v1 = IdGenerator.NewId();
        var v2 = IdGenerator.NewId();
        await Content(cm => cm.ImportAsync([Item(type, id, v1, "Version 1")]));
        await Content(cm => cm.ImportAsync([Item(type, id, v2, "Version 2")]));

        var versions = await Content(cm => cm.ListVersionsAsync(id));
        Assert.Equal([v1, v2], versions.Select(v => v.ContentItemVersionId));
        Assert.Equal([false, true], versions.Select(v => v.Published));
        Assert.Equal([false, true], versions.Select(v => v.Latest));
    }

    [SkippableFact]
    public async Task A_draft_import_keeps_the_published_version()
    {
        var type = await DefineTypeAsync();
        var id = IdGenerator.NewId();
        await Content(cm => cm.ImportAsync([Item(type, id, IdGenerator.NewId(), "En ligne")]));
        await Content(cm => cm.ImportAsync([Item(type, id, IdGenerator.NewId(), "Brouillon importé", published: false)]));

        Assert.Equal("En ligne", (await Content(cm => cm.GetAsync(id)))!.DisplayText);
        Assert.Equal("Brouillon importé", (await Content(cm => cm.GetAsync(id, VersionOptions.Draft)))!.DisplayText);
    }

    [SkippableFact]
    public async Task Without_version_id_an_unchanged_item_makes_no_new_version()
    {
        var type = await DefineTypeAsync();
        var id = IdGenerator.FromSeed("_evenements/2023-10-18-journee.markdown" + type);
        Assert.Equal(new ImportResult(1, 0, 0), await Content(cm => cm.ImportAsync([Item(type, id, "", "Journée")])));
        Assert.Equal(new ImportResult(0, 0, 1), await Content(cm => cm.ImportAsync([Item(type, id, "", "Journée")])));
        Assert.Equal(new ImportResult(1, 0, 0), await Content(cm => cm.ImportAsync([Item(type, id, "", "Journée, modifiée")])));
        Assert.Equal(2, (await Content(cm => cm.ListVersionsAsync(id))).Count);
    }

    [SkippableFact]
    public async Task An_invalid_item_rolls_the_whole_import_back()
    {
        var type = await DefineTypeAsync();
        var good = Item(type, IdGenerator.NewId(), IdGenerator.NewId(), "Bon");
        var bad = Item(type, IdGenerator.NewId(), IdGenerator.NewId(), "");
        var error = await Assert.ThrowsAsync<ContentValidationException>(() => Content(cm => cm.ImportAsync([good, bad])));
        Assert.Contains(error.Errors, e => e.Field == "TitlePart.Title");
        Assert.Empty(await Content(cm => cm.ListVersionsAsync(good.ContentItemId)));
    }

    [SkippableFact]
    public async Task Many_items_in_one_call()
    {
        var type = await DefineTypeAsync();
        var items = Enumerable.Range(1, 300).Select(n => Item(type, IdGenerator.NewId(), IdGenerator.NewId(), $"Élément {n}")).ToList();
        Assert.Equal(new ImportResult(300, 0, 0), await Content(cm => cm.ImportAsync(items)));
        Assert.Equal(new ImportResult(0, 0, 300), await Content(cm => cm.ImportAsync(items)));
    }
}
