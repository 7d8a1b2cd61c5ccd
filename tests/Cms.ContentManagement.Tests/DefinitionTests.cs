using Cms.Abstractions.Definitions;
using Cms.ContentManagement.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentManagement.Tests;

public sealed class DefinitionTests_Sqlite(SqliteStore store) : DefinitionTests<SqliteStore>(store);

public sealed class DefinitionTests_Postgres(PostgresStore store) : DefinitionTests<PostgresStore>(store);

/// <summary>Content definitions: builders, merging alterations, copies, cache invalidation across scopes and restarts.</summary>
public abstract class DefinitionTests<TStore>(TStore store) : StoreTests<TStore>(store) where TStore : StoreFixture
{
    private Task<T> Definitions<T>(Func<IContentDefinitionManager, Task<T>> work) =>
        InScope(sp => work(sp.GetRequiredService<IContentDefinitionManager>()));

    private Task Definitions(Func<IContentDefinitionManager, Task> work) =>
        InScope(sp => work(sp.GetRequiredService<IContentDefinitionManager>()));

    [SkippableFact]
    public async Task Builder_records_type_settings_parts_and_fields()
    {
        var name = Unique("Evt");
        await Definitions(async d =>
        {
            await d.AlterPartDefinitionAsync(name, p => p
                .WithDescription("Dates")
                .WithField("StartDate", f => f.OfType("DateTimeField").WithDisplayName("Début").WithSettings(new DateTimeFieldSettings { Required = true })));
            await d.AlterTypeDefinitionAsync(name, t => t.DisplayedAs("Évènement").Creatable().Versionable()
                .WithPart("TitlePart")
                .WithPart("InfoFields", "BagPart", p => p.WithSettings(new BagPartSettings { ContainedContentTypes = ["InfoField"] }))
                .WithPart(name));
        });

        var type = await Definitions(d => d.GetTypeDefinitionAsync(name));
        Assert.NotNull(type);
        Assert.Equal("Évènement", type.DisplayName);
        Assert.True(type.Settings.Get<ContentTypeSettings>().Versionable);
        Assert.False(type.Settings.Get<ContentTypeSettings>().Listable);
        Assert.Equal(["TitlePart", "InfoFields", name], type.ContentTypePartDefinitionRecords.Select(p => p.Name));
        var bag = type.ContentTypePartDefinitionRecords.Single(p => p.Name == "InfoFields");
        Assert.Equal("BagPart", bag.PartName);
        Assert.Equal(["InfoField"], bag.Settings.Get<BagPartSettings>().ContainedContentTypes);

        var part = await Definitions(d => d.GetPartDefinitionAsync(name));
        var field = Assert.Single(part!.ContentPartFieldDefinitionRecords);
        Assert.Equal("DateTimeField", field.FieldName);
        Assert.Equal("Début", field.Settings.Get<ContentPartFieldSettings>().DisplayName);
        Assert.True(field.Settings.Get<DateTimeFieldSettings>().Required);
        // Parts used by a type exist as part definitions.
        Assert.NotNull(await Definitions(d => d.GetPartDefinitionAsync("BagPart")));
    }

    [SkippableFact]
    public async Task Altering_again_merges_into_what_exists()
    {
        var name = Unique("Merge");
        await Definitions(d => d.AlterTypeDefinitionAsync(name, t => t.DisplayedAs("Avant").Creatable().WithPart("TitlePart")
            .WithSettings(new ContentTypeSettings { Creatable = true, Description = "gardé" })));
        await Definitions(d => d.AlterTypeDefinitionAsync(name, t => t.Listable().WithPart("AutoroutePart")));

        var type = await Definitions(d => d.GetTypeDefinitionAsync(name));
        Assert.Equal("Avant", type!.DisplayName);
        var settings = type.Settings.Get<ContentTypeSettings>();
        Assert.True(settings.Creatable);
        Assert.True(settings.Listable);
        Assert.Equal("gardé", settings.Description);
        Assert.Equal(["TitlePart", "AutoroutePart"], type.ContentTypePartDefinitionRecords.Select(p => p.Name));

        await Definitions(d => d.AlterTypeDefinitionAsync(name, t => t.RemovePart("TitlePart")));
        Assert.Equal(["AutoroutePart"], (await Definitions(d => d.GetTypeDefinitionAsync(name)))!.ContentTypePartDefinitionRecords.Select(p => p.Name));
    }

    [SkippableFact]
    public async Task Reads_are_copies()
    {
        var name = Unique("Copy");
        await Definitions(d => d.AlterTypeDefinitionAsync(name, t => t.DisplayedAs("Original")));
        await Definitions(async d =>
        {
            var type = await d.GetTypeDefinitionAsync(name);
            type!.DisplayName = "Changé sans enregistrer";
            var all = await d.LoadAsync();
            all.ContentTypes.Clear();
        });
        Assert.Equal("Original", (await Definitions(d => d.GetTypeDefinitionAsync(name)))!.DisplayName);
    }

    [SkippableFact]
    public async Task A_change_is_seen_by_every_scope_at_once()
    {
        var name = Unique("Cache");
        await Definitions(d => d.AlterTypeDefinitionAsync(name, t => t.DisplayedAs("Un")));
        Assert.Equal("Un", (await Definitions(d => d.GetTypeDefinitionAsync(name)))!.DisplayName); // now cached
        await Definitions(d => d.AlterTypeDefinitionAsync(name, t => t.DisplayedAs("Deux")));
        Assert.Equal("Deux", (await Definitions(d => d.GetTypeDefinitionAsync(name)))!.DisplayName);

        await RestartAsync();
        Assert.Equal("Deux", (await Definitions(d => d.GetTypeDefinitionAsync(name)))!.DisplayName);
    }

    [SkippableFact]
    public async Task Deleting_a_part_removes_it_from_the_types()
    {
        var type = Unique("Host");
        var part = Unique("Gone");
        await Definitions(async d =>
        {
            await d.AlterPartDefinitionAsync(part, p => p.WithField("Text", f => f.OfType("TextField")));
            await d.AlterTypeDefinitionAsync(type, t => t.WithPart("TitlePart").WithPart(part));
            await d.DeletePartDefinitionAsync(part);
        });
        Assert.Null(await Definitions(d => d.GetPartDefinitionAsync(part)));
        Assert.Equal(["TitlePart"], (await Definitions(d => d.GetTypeDefinitionAsync(type)))!.ContentTypePartDefinitionRecords.Select(p => p.Name));
        await Definitions(d => d.DeleteTypeDefinitionAsync(type));
        Assert.Null(await Definitions(d => d.GetTypeDefinitionAsync(type)));
    }

    [SkippableFact]
    public async Task Bad_names_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Definitions(d => d.AlterTypeDefinitionAsync("Mauvais nom", t => { })));
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Definitions(d => d.AlterPartDefinitionAsync(Unique("P"), p => p.WithField("SansType", f => { }))));
    }

    [SkippableFact]
    public async Task Save_replaces_everything_and_is_read_back()
    {
        var record = await Definitions(d => d.LoadAsync());
        var name = Unique("Saved");
        record.ContentTypes.Add(new ContentTypeDefinitionRecord { Name = name, DisplayName = "Enregistré" });
        await Definitions(d => d.SaveAsync(record));
        Assert.Equal("Enregistré", (await Definitions(d => d.GetTypeDefinitionAsync(name)))!.DisplayName);
        Assert.Contains(await Definitions(d => d.ListTypeDefinitionsAsync()), t => t.Name == name);
    }
}
