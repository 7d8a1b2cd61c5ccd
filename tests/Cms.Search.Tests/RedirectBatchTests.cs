using Cms.Abstractions.Content;
using Cms.Data.Entities;
using Cms.Redirects.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Search.Tests;

/// <summary>
/// <see cref="RedirectStore.ApplyAsync"/> reads what a write's edits can touch at once and applies them in memory:
/// a batch must leave the same redirects and refuse the same edits for the same reasons as its edits one at a time.
/// </summary>
public abstract class RedirectBatchTests(RedirectSiteFixture fixture)
{
    private const string Item = "01TESTREDIRECTBATCH0000000";

    private static readonly RedirectEdit[] Edits =
    [
        Automatic("/lot/a", "/lot/b"),
        Automatic("/lot/b", "/lot/c"),
        Automatic("/lot/x", "/LOT/A/"),
        Automatic("/lot/c", "/lot/a"),
        Automatic("/lot/tapee", "/lot/c"),
        Automatic("/agenda/essai-lot-vivant", "/lot/c"),
        Automatic("pas-une-adresse", "/lot/c"),
        Automatic("/admin/lot", "/lot/c"),
        Automatic("/lot/d", "//ailleurs"),
        Automatic("/lot/Meme", "/lot/meme/"),
        Automatic("/lot/externe", "https://example.org/lot"),
        Automatic("/lot/vers-externe", "/lot/externe"),
        new RedirectEdit.Live("/lot/b"),
        Automatic("/lot/y", "/lot/b"),
        Automatic("/lot/b", "/lot/e", RedirectOrigin.PathChange),
        new RedirectEdit.Live("/lot/e"),
        Automatic("/lot/a", "/lot/f", RedirectOrigin.RedirectFrom),
        new RedirectEdit.Live("/lot/remplacee"),
        Automatic("/lot/remplacee", "/lot/c"),
    ];

    [SkippableFact]
    public async Task A_batch_of_edits_leaves_the_same_redirects_and_refusals_as_its_edits_one_at_a_time()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        await using (var setup = fixture.Site!.Services.CreateAsyncScope())
        {
            var content = setup.ServiceProvider.GetRequiredService<IContentManager>();
            if (await content.GetByPathAsync("agenda/essai-lot-vivant") is null)
            {
                var live = await content.NewAsync("Event");
                live.Apply(new TitlePart { Title = "Essai de lot vivant" });
                live.Apply(new AutoroutePart { Path = "agenda/essai-lot-vivant" });
                await content.CreateAsync(live, publish: true);
            }
        }

        var (oneByOne, refusedOneByOne) = await RunAsync(Edits.Select(e => new[] { e }));
        var (batch, refusedInBatch) = await RunAsync([Edits]);

        Assert.Equal(oneByOne, batch);
        Assert.Equal(refusedOneByOne, refusedInBatch);
        // Not vacuous: chains collapsed, a loop, a typed redirect kept or replaced once removed, a live address refused.
        Assert.Equal(
        [
            $"/lot/a → /lot/f (RedirectFrom, {Item})",
            $"/lot/b → /lot/e (PathChange, {Item})",
            $"/lot/externe → https://example.org/lot (Jekyll, {Item})",
            $"/lot/remplacee → /lot/c (Jekyll, {Item})",
            "/lot/tapee → /lot/z (Manual, )",
            $"/lot/vers-externe → https://example.org/lot (Jekyll, {Item})",
            $"/lot/x → /lot/c (Jekyll, {Item})",
            $"/lot/y → /lot/e (Jekyll, {Item})",
        ], batch);
        Assert.Contains(refusedInBatch, r => r.StartsWith("/lot/c:", StringComparison.Ordinal) && r.Contains("boucle"));
        Assert.Contains(refusedInBatch, r => r.StartsWith("/agenda/essai-lot-vivant:", StringComparison.Ordinal) && r.Contains("Essai de lot vivant"));
        Assert.Equal(5, refusedInBatch.Count);
    }

    /// <summary>Applies each group of edits in turn inside a transaction rolled back at the end; the redirects left and the refusals.</summary>
    private async Task<(List<string> Redirects, List<string> Refused)> RunAsync(IEnumerable<RedirectEdit[]> groups)
    {
        await using var scope = fixture.Site!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Cms.Data.CmsDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<RedirectStore>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        Assert.Null(await store.SaveManualAsync(null, "/lot/tapee", "/lot/z", "test", CancellationToken.None));
        Assert.Null(await store.SaveManualAsync(null, "/lot/remplacee", "/lot/z", "test", CancellationToken.None));
        var refused = new List<string>();
        foreach (var group in groups)
        {
            refused.AddRange((await store.ApplyAsync(group, CancellationToken.None)).Select(r => $"{r.Edit.From}: {r.Reason}"));
        }
        db.ChangeTracker.Clear();
        var redirects = (await db.Redirects.AsNoTracking().Where(r => r.FromKey.StartsWith("/lot/")).ToListAsync())
            .OrderBy(r => r.FromKey, StringComparer.Ordinal)
            .Select(r => $"{r.FromPath} → {r.ToPath} ({r.Origin}, {r.ContentItemId})")
            .ToList();
        await transaction.RollbackAsync();
        return (redirects, refused);
    }

    private static RedirectEdit.Automatic Automatic(string from, string to, RedirectOrigin origin = RedirectOrigin.Jekyll) => new(from, to, origin, Item);
}

public sealed class SqliteRedirectBatchTests(SqliteRedirectSiteFixture fixture) : RedirectBatchTests(fixture), IClassFixture<SqliteRedirectSiteFixture>;

public sealed class PostgresRedirectBatchTests(PostgresRedirectSiteFixture fixture) : RedirectBatchTests(fixture), IClassFixture<PostgresRedirectSiteFixture>;

/// <summary>A site on a store of its own (<see cref="Provider"/>), for the redirects' edits.</summary>
public abstract class RedirectSiteFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public TestSite? Site { get; private set; }
    public string? SkipReason { get; private set; }

    protected abstract string Provider { get; }

    public async Task InitializeAsync()
    {
        SkipReason = TestDatabase.Unavailable(Provider);
        if (SkipReason is not null) return;
        _database = await TestDatabase.CreateAsync(Provider, "cms_redirects_");
        Site = await TestSite.StartAsync([.. _database.Arguments, "--Cms:Admin:Password=Redirections-Test-2026!"], name: "cms-redirect-tests");
    }

    public async Task DisposeAsync()
    {
        if (Site is not null) await Site.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}

public sealed class SqliteRedirectSiteFixture : RedirectSiteFixture
{
    protected override string Provider => TestDatabase.Sqlite;
}

public sealed class PostgresRedirectSiteFixture : RedirectSiteFixture
{
    protected override string Provider => TestDatabase.Postgres;
}
