using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentManagement.Tests.Infrastructure;

/// <summary>
/// Base of the tests written once and run on every provider: a concrete class per provider derives from it
/// (e.g. <c>ContentManagerTests_Sqlite</c>). Each test gets its own service provider on the class's store.
/// </summary>
public abstract class StoreTests<TStore> : IClassFixture<TStore>, IAsyncLifetime where TStore : StoreFixture
{
    private static int _counter;

    protected StoreTests(TStore store)
    {
        Store = store;
    }

    protected TStore Store { get; }

    private ServiceProvider? _services;

    /// <summary>This test's service provider; skips the test when the provider is not available here.</summary>
    protected ServiceProvider Services
    {
        get
        {
            Skip.If(Store.SkipReason is not null, Store.SkipReason);
            return _services!;
        }
    }

    /// <summary>Extra registrations for this class's service providers.</summary>
    protected virtual void ConfigureServices(IServiceCollection services) { }

    public Task InitializeAsync()
    {
        if (Store.SkipReason is null) _services = Store.BuildServices(ConfigureServices);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
    }

    /// <summary>Builds another service provider on the same store (e.g. to test a restart).</summary>
    protected async Task RestartAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        _services = Store.BuildServices(ConfigureServices);
    }

    /// <summary>Runs <paramref name="work"/> in a new scope (as one request or one command would).</summary>
    protected async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    protected Task InScope(Func<IServiceProvider, Task> work) => InScope<bool>(async sp => { await work(sp); return true; });

    protected Task<T> Content<T>(Func<IContentManager, Task<T>> work) => InScope(sp => work(sp.GetRequiredService<IContentManager>()));

    protected Task Content(Func<IContentManager, Task> work) => InScope(sp => work(sp.GetRequiredService<IContentManager>()));

    /// <summary>A unique name, so that tests sharing the class's store never see each other's data.</summary>
    protected static string Unique(string prefix) => $"{prefix}{Interlocked.Increment(ref _counter)}x{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>
    /// Defines a fresh content type like the suite's: TitlePart, AutoroutePart (pattern "{prefix}/"), and its own part
    /// with StartDate / EndDate (DateTimeField) and Themes (ContentPickerField). Returns the type name.
    /// </summary>
    protected Task<string> DefineTypeAsync(bool versionable = true, bool withRoute = true) => InScope(async sp =>
    {
        var definitions = sp.GetRequiredService<IContentDefinitionManager>();
        var name = Unique("Type");
        await definitions.AlterPartDefinitionAsync(name, p => p
            .WithField("StartDate", f => f.OfType("DateTimeField"))
            .WithField("EndDate", f => f.OfType("DateTimeField"))
            .WithField("Themes", f => f.OfType("ContentPickerField")));
        await definitions.AlterTypeDefinitionAsync(name, t =>
        {
            t.DisplayedAs("Type de test").Creatable().Listable().Draftable().Versionable(versionable).WithPart("TitlePart");
            if (withRoute) t.WithPart("AutoroutePart", p => p.WithSettings(new AutoroutePartSettings { Pattern = name.ToLowerInvariant() + "/" }));
            t.WithPart(name);
        });
        return name;
    });

    /// <summary>A new item of <paramref name="type"/> with a title (and optional path).</summary>
    protected Task<ContentItem> NewItemAsync(string type, string title, string? path = null) => Content(async cm =>
    {
        var item = await cm.NewAsync(type);
        item.Apply(new TitlePart { Title = title });
        if (path is not null) item.Apply(new AutoroutePart { Path = path });
        return item;
    });
}
