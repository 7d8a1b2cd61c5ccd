using Cms.Abstractions.Content;
using Cms.Abstractions.Data;
using Cms.Abstractions.Modules;
using Cms.ContentManagement.Tests.Infrastructure;
using Cms.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentManagement.Tests;

public sealed class ContentHandlerTests_Sqlite(SqliteStore store) : ContentHandlerTests<SqliteStore>(store);

public sealed class ContentHandlerTests_Postgres(PostgresStore store) : ContentHandlerTests<PostgresStore>(store);

/// <summary>Handlers hear of committed changes only; racing writers; long imports keep no tracked entities.</summary>
public abstract class ContentHandlerTests<TStore>(TStore store) : StoreTests<TStore>(store) where TStore : StoreFixture
{
    /// <summary>Records the changes it is told about (one list per service provider).</summary>
    public sealed class RecordingHandler(ChangeLog log) : IContentHandler
    {
        public Task ChangedAsync(ContentChange change, CancellationToken cancellationToken)
        {
            log.Changes.Add(change);
            return Task.CompletedTask;
        }
    }

    public sealed class ChangeLog
    {
        public List<ContentChange> Changes { get; } = [];
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<ChangeLog>();
        services.AddContentHandler<RecordingHandler>();
    }

    private List<ContentChange> Changes => Services.GetRequiredService<ChangeLog>().Changes;

    [SkippableFact]
    public async Task Handlers_hear_of_each_change_after_it_is_committed()
    {
        var type = await DefineTypeAsync();
        var item = await NewItemAsync(type, "Suivi");
        var created = await Content(cm => cm.CreateAsync(item, publish: false));
        await Content(cm => cm.PublishAsync(created));
        await Content(cm => cm.UnpublishAsync(item.ContentItemId));

        var mine = Changes.Where(c => c.ContentItemId == item.ContentItemId).ToList();
        Assert.Equal([ContentChangeKind.Created, ContentChangeKind.Published, ContentChangeKind.Unpublished], mine.Select(c => c.Kind));
        Assert.All(mine, c => Assert.Equal(type, c.ContentType));
        Assert.All(mine, c => Assert.Equal("system", c.UserName));
    }

    [SkippableFact]
    public async Task Handlers_wait_for_the_outer_transaction_and_hear_nothing_when_it_rolls_back()
    {
        var type = await DefineTypeAsync();
        var committed = await NewItemAsync(type, "Validé");
        var rolledBack = await NewItemAsync(type, "Annulé");

        await InScope(async sp =>
        {
            var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
            var cm = sp.GetRequiredService<IContentManager>();
            await using (var transaction = await unitOfWork.BeginAsync())
            {
                await cm.CreateAsync(rolledBack, publish: true);
                Assert.DoesNotContain(Changes, c => c.ContentItemId == rolledBack.ContentItemId);
            }
            await using (var transaction = await unitOfWork.BeginAsync())
            {
                await cm.CreateAsync(committed, publish: true);
                Assert.DoesNotContain(Changes, c => c.ContentItemId == committed.ContentItemId);
                await transaction.CommitAsync();
            }
        });

        Assert.DoesNotContain(Changes, c => c.ContentItemId == rolledBack.ContentItemId);
        Assert.Contains(Changes, c => c.ContentItemId == committed.ContentItemId && c.Kind == ContentChangeKind.Created);
    }

    [SkippableFact]
    public async Task Of_two_racing_saves_from_the_same_version_the_second_is_a_conflict()
    {
        var type = await DefineTypeAsync();
        var item = await NewItemAsync(type, "Disputé");
        var original = await Content(cm => cm.CreateAsync(item, publish: true));

        using var first = Services.CreateScope();
        var unitOfWork = first.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var transaction = await unitOfWork.BeginAsync();
        var byFirst = original.Clone().Apply(new TitlePart { Title = "Par le premier" });
        await first.ServiceProvider.GetRequiredService<IContentManager>().PublishAsync(byFirst);

        // The second writer starts while the first transaction is open; whatever the timing, it must lose.
        var second = Task.Run(() => Content(cm => cm.PublishAsync(original.Clone().Apply(new TitlePart { Title = "Par le second" }))));
        await Task.Delay(200);
        await transaction.CommitAsync();
        await transaction.DisposeAsync();

        await Assert.ThrowsAsync<ContentConflictException>(() => second);
        var versions = await Content(cm => cm.ListVersionsAsync(item.ContentItemId));
        Assert.Equal(["Disputé", "Par le premier"], versions.Select(v => v.DisplayText));
        Assert.Single(versions, v => v.Latest);
        Assert.Single(versions, v => v.Published);
    }

    [SkippableFact]
    public async Task Of_two_items_racing_for_one_path_the_second_is_refused_on_the_path()
    {
        var type = await DefineTypeAsync();
        var path = $"{type.ToLowerInvariant()}/disputee";
        var first = await NewItemAsync(type, "Premier", path);
        var second = await NewItemAsync(type, "Second", path);

        using var scope = Services.CreateScope();
        var transaction = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().BeginAsync();
        await scope.ServiceProvider.GetRequiredService<IContentManager>().CreateAsync(first, publish: true);

        var racing = Task.Run(() => Content(cm => cm.CreateAsync(second, publish: true)));
        await Task.Delay(200);
        await transaction.CommitAsync();
        await transaction.DisposeAsync();

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => racing);
        Assert.Contains(error.Errors, e => e.Field == "AutoroutePart.Path");
        Assert.Equal(first.ContentItemId, (await Content(cm => cm.GetByPathAsync(path)))!.ContentItemId);
        Assert.Empty(await Content(cm => cm.ListVersionsAsync(second.ContentItemId)));
    }

    [SkippableFact]
    public async Task An_import_in_one_scope_leaves_nothing_tracked()
    {
        var type = await DefineTypeAsync();
        var items = Enumerable.Range(1, 50).Select(n =>
        {
            var item = new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = type, Latest = true, Published = true };
            return item.Apply(new TitlePart { Title = $"Lot {n}" });
        }).ToList();
        await InScope(async sp =>
        {
            await sp.GetRequiredService<IContentManager>().ImportAsync(items);
            Assert.Empty(sp.GetRequiredService<CmsDbContext>().ChangeTracker.Entries());
        });
    }
}
