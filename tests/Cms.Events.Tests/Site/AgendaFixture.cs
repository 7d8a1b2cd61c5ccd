using Cms.Abstractions.Content;
using Cms.ContentFields.Fields;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Events.Tests.Site;

/// <summary>
/// One site for the page tests, at 2026-11-10 10:00 UTC (11:00 in Paris, winter time; today began at 23:00 UTC on
/// the 9th), with two themes, a partner, upcoming, running, past, undated and draft events. One per store provider.
/// </summary>
public abstract class AgendaFixture : IAsyncLifetime
{
    public static readonly DateTime Now = new(2026, 11, 10, 10, 0, 0, DateTimeKind.Utc);

    public AgendaSite Site { get; private set; } = null!;

    private TestDatabase? _database;

    /// <summary>Why this provider's tests cannot run here (null when they can).</summary>
    public string? SkipReason { get; private set; }

    /// <summary>The store's provider (see <see cref="TestDatabase"/>).</summary>
    protected abstract string Provider { get; }

    public ContentItem ThemeData { get; private set; } = null!;
    public ContentItem ThemeCommons { get; private set; } = null!;
    public ContentItem Workshop { get; private set; } = null!;
    public ContentItem Undated { get; private set; } = null!;

    private static DateTime Utc(int y, int mo, int d, int h = 0, int mi = 0) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);

    public async Task InitializeAsync()
    {
        SkipReason = TestDatabase.Unavailable(Provider);
        if (SkipReason is not null) return;
        _database = await TestDatabase.CreateAsync(Provider, "cms_events_");
        Site = await AgendaSite.StartAsync(Now, storeArgs: _database.Arguments);
        ThemeData = await Site.CreateThemeAsync("Données & territoire", "donnees-territoire");
        ThemeCommons = await Site.CreateThemeAsync("Communs & souveraineté", "communs-souverainete");
        var partner = await Site.WithServicesAsync(async services =>
        {
            var content = services.GetRequiredService<IContentManager>();
            var item = await content.NewAsync("Partner");
            item.Apply(new TitlePart { Title = "La Mednum" });
            item.Apply(new AutoroutePart { Path = "partenaires/la-mednum" });
            item.ApplyField("Partner", "Website", new LinkField { Url = "https://lamednum.coop/", Text = "lamednum.coop" });
            return await content.CreateAsync(item, publish: true);
        });

        // Upcoming, soonest first: running since yesterday; ending at 00:30 Paris time today; ended this morning;
        // tomorrow; in December without end.
        await Site.CreateEventAsync("Forum sur plusieurs jours", "forum-plusieurs-jours", Utc(2026, 11, 9, 8), Utc(2026, 11, 12, 17), [ThemeCommons]);
        await Site.CreateEventAsync("Soirée jusqu'à minuit et demie", "soiree-minuit", Utc(2026, 11, 9, 18), Utc(2026, 11, 9, 23, 30));
        await Site.CreateEventAsync("Café de ce matin", "cafe-ce-matin", Utc(2026, 11, 10, 7), Utc(2026, 11, 10, 8), [ThemeData]);
        Workshop = await Site.CreateEventAsync("Atelier de demain", "atelier-demain", Utc(2026, 11, 11, 9), Utc(2026, 11, 11, 11), [ThemeData], configure: item =>
        {
            item.ApplyField("Event", "Lead", new MarkdownField { Markdown = "Un atelier **pratique** sur les données." });
            item.ApplyField("Event", "Venue", new TextField { Text = "Palais de la Bourse" });
            item.ApplyField("Event", "Address", new TextField { Text = "17 place de la Bourse 33076 Bordeaux" });
            item.ApplyField("Event", "Images", new MediaField { Paths = ["uploads/atelier.jpg"], MediaTexts = ["Des participants autour d'une table"] });
            item.ApplyField("Event", "Partners", new ContentPickerField { ContentItemIds = [partner.ContentItemId] });
            item.ApplyField("Event", "Categories", new MultiTextField { Values = ["Atelier"] });
            item.SetBagItems("InfoFields", [
                Info("Horaires", "9h - 11h", null),
                Info("Inscription", "S'inscrire", "https://example.org/inscription"),
            ]);
        });
        await Site.CreateEventAsync("Conférence de décembre", "conference-decembre", Utc(2026, 12, 3, 8), null, [ThemeData, ThemeCommons]);

        // Past, newest first.
        await Site.CreateEventAsync("Webinaire d'hier", "webinaire-hier", Utc(2026, 11, 9, 13), Utc(2026, 11, 9, 14), [ThemeCommons]);
        await Site.CreateEventAsync("Séminaire d'octobre", "seminaire-octobre", Utc(2026, 10, 15, 8), Utc(2026, 10, 15, 16), [ThemeData]);
        await Site.CreateEventAsync("Rencontre de septembre", "rencontre-septembre", Utc(2026, 9, 20, 8), null);

        // Never listed by date; a draft never visible; a published event whose newer draft must stay hidden.
        Undated = await Site.CreateEventAsync("Évènement sans date", "sans-date", null, null);
        await Site.CreateEventAsync("Brouillon secret", "brouillon-secret", Utc(2026, 11, 20, 9), null, publish: false);
        await Site.WithServicesAsync(async services =>
        {
            var content = services.GetRequiredService<IContentManager>();
            var latest = (await content.GetAsync(Workshop.ContentItemId, VersionOptions.Latest))!;
            latest.Apply(new TitlePart { Title = "Titre pas encore publié" });
            latest.DisplayText = "Titre pas encore publié";
            return await content.SaveDraftAsync(latest);
        });
    }

    private static ContentItem Info(string label, string content, string? url)
    {
        var item = new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = "InfoField" };
        item.ApplyField("InfoField", "Label", new TextField { Text = label });
        item.ApplyField("InfoField", "Content", new MarkdownField { Markdown = content });
        if (url is not null) item.ApplyField("InfoField", "Link", new LinkField { Url = url, Text = content });
        return item;
    }

    public async Task DisposeAsync()
    {
        if (SkipReason is not null) return;
        await Site.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}

/// <summary>The agenda site on a temporary SQLite file.</summary>
public sealed class SqliteAgendaFixture : AgendaFixture
{
    protected override string Provider => TestDatabase.Sqlite;
}

/// <summary>
/// The agenda site on a new PostgreSQL database of the server named by <c>CMS_TEST_POSTGRES</c>. Without it, the
/// tests are skipped, or fail when <c>CI</c> is set.
/// </summary>
public sealed class PostgresAgendaFixture : AgendaFixture
{
    protected override string Provider => TestDatabase.Postgres;
}
