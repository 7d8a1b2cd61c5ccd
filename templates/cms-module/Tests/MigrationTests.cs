using Cms.Abstractions.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace Sample.Module.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task The_migration_creates_the_type_with_its_parts_in_order()
    {
        await using var store = await ModuleStore.StartAsync();
        var type = await store.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetTypeDefinitionAsync(Migrations.ContentType));

        Assert.NotNull(type);
        Assert.Equal(["TitlePart", "AutoroutePart", "SampleItemPart", "MarkdownBodyPart"], type.ContentTypePartDefinitionRecords.Select(p => p.PartName));
        var autoroute = type.ContentTypePartDefinitionRecords.Single(p => p.PartName == "AutoroutePart").Settings.Get<AutoroutePartSettings>();
        Assert.Equal(Migrations.PathPrefix, autoroute!.Pattern);
    }
}
