using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Cms.Abstractions.Content;
using Cms.Abstractions.Media;
using Cms.Abstractions.Scheduling;
using Cms.Abstractions.Settings;
using Cms.Admin.Transfer;
using Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Cluster.Tests;

/// <summary>Two nodes on one database and one Redis (<see cref="ClusterFixture"/>): what one does, the other shows.</summary>
[Collection(ClusterCollection.Name)]
public sealed partial class ClusterTests(ClusterFixture cluster)
{
    /// <summary>The contract of the change bus: a change made on one node is shown by the others within one second.</summary>
    private static readonly TimeSpan VisibleWithin = TimeSpan.FromSeconds(1);

    [SkippableFact]
    public async Task A_title_published_on_A_is_served_by_B_within_one_second()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        using var b = ClusterFixture.Client(cluster.B);
        var (item, url) = await EventPageCachedByAsync(b);

        var title = "Titre changé sur le nœud A " + Guid.NewGuid().ToString("N")[..8];
        using (var scope = cluster.A.Services.CreateScope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var latest = (await manager.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
            latest.Apply(new TitlePart { Title = title });
            await manager.PublishAsync(latest);
        }

        var html = await PollAsync(b, url, html => html.Contains(title, StringComparison.Ordinal));
        Assert.Contains(title, html);

        // B's own search index follows too: the title's new word finds the event on B's search page (which marks the
        // word in the title, so the result is recognised by its link).
        var results = await PollAsync(b, "/recherche?q=" + title[^8..], html => html.Contains($"href=\"{url}\"", StringComparison.Ordinal));
        Assert.Contains($"href=\"{url}\"", results);
    }

    /// <summary>B keeps each event's card for its uncached listings (the agenda's cache): a title published on A
    /// shows in B's uncached agenda within one second.</summary>
    [SkippableFact]
    public async Task A_title_published_on_A_shows_in_the_uncached_agenda_of_B_within_one_second()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        using var b = ClusterFixture.Client(cluster.B);
        b.DefaultRequestHeaders.Add("Cookie", "cms.auth=anonymous"); // the output cache steps aside: B renders each time
        string? list = null, path = null;
        foreach (var candidate in (string[])["/agenda", "/agenda/passes"])
        {
            await b.GetStringAsync(candidate); // B keeps the cards
            if (CardLinkPattern().Match(await b.GetStringAsync(candidate)) is { Success: true } card) (list, path) = (candidate, card.Groups[1].Value);
            if (list is not null) break;
        }
        Assert.True(list is not null, "an agenda list shows an event");

        var title = "Titre de carte changé sur le nœud A " + Guid.NewGuid().ToString("N")[..8];
        using (var scope = cluster.A.Services.CreateScope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var latest = (await manager.GetByPathAsync(path!.Trim('/')))!;
            latest = (await manager.GetAsync(latest.ContentItemId, VersionOptions.Latest))!;
            latest.Apply(new TitlePart { Title = title });
            await manager.PublishAsync(latest);
        }

        Assert.Contains(title, await PollAsync(b, list!, html => html.Contains(title, StringComparison.Ordinal)));
    }

    [SkippableFact]
    public async Task A_recipe_run_by_a_third_host_is_served_by_B_within_one_second()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        ContentItem theme;
        using (var scope = cluster.A.Services.CreateScope())
        {
            var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
            theme = (await query.ListAsync(new ContentListQuery { ContentType = "Theme", PageSize = 1 })).Items.Single();
        }
        var url = "/" + theme.As<AutoroutePart>()!.Path;
        using var b = ClusterFixture.Client(cluster.B);
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync(url)).StatusCode);

        var title = "Thématique changée par une recette " + Guid.NewGuid().ToString("N")[..8];
        var json = theme.ToJson();
        json["ContentItemVersionId"] = Guid.NewGuid().ToString("N")[..26];
        json["DisplayText"] = title;
        json["TitlePart"] = new System.Text.Json.Nodes.JsonObject { ["Title"] = title };
        var recipe = new System.Text.Json.Nodes.JsonObject
        {
            ["name"] = "cluster-test",
            ["steps"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
            {
                ["name"] = "content", ["data"] = new System.Text.Json.Nodes.JsonArray(json),
            }),
        };
        var directory = TestDirectory.NewPath("cms-cluster-command");
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "change.recipe.json");
        await File.WriteAllTextAsync(file, recipe.ToJsonString());
        try
        {
            var code = await Cms.Hosting.CmsHost.RunAsync([.. cluster.NodeArguments, $"--Cms:DataDirectory={directory}", "recipe", file]);
            Assert.Equal(0, code);
        }
        finally
        {
            TestDirectory.Delete(directory);
        }

        var html = await PollAsync(b, url, html => html.Contains(title, StringComparison.Ordinal));
        Assert.Contains(title, html);
    }

    [SkippableFact]
    public async Task Site_settings_saved_on_A_are_shown_by_B_within_one_second()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        using var b = ClusterFixture.Client(cluster.B);
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/")).StatusCode);

        var siteName = "Site renommé sur A " + Guid.NewGuid().ToString("N")[..8];
        using (var scope = cluster.A.Services.CreateScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ISiteSettingsStore>();
            var settings = await store.GetAsync();
            settings.SiteName = siteName;
            await store.SaveAsync(settings);
        }

        var html = await PollAsync(b, "/", html => html.Contains(siteName, StringComparison.Ordinal));
        Assert.Contains(siteName, html);
    }

    [SkippableFact]
    public async Task A_stored_template_saved_on_A_is_used_by_B_within_one_second_and_its_removal_too()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        using var b = ClusterFixture.Client(cluster.B);
        // B has read the stored templates too (its own re-read is 30 s away).
        var (item, url) = await EventPageCachedByAsync(b);

        var marker = "Modèle enregistré sur A " + Guid.NewGuid().ToString("N")[..8];
        using (var scope = cluster.A.Services.CreateScope())
        {
            var error = await scope.ServiceProvider.GetRequiredService<Cms.LiquidTemplates.Services.TemplatesManager>()
                .SaveAsync(null, "Content_Detail__Event", $"<p>{marker} : {{{{ Model.ContentItem.DisplayText }}}}</p>", null, CancellationToken.None);
            Assert.Null(error);
        }
        var html = await PollAsync(b, url, html => html.Contains(marker, StringComparison.Ordinal));
        Assert.Contains($"{marker} : {item.DisplayText}", WebUtility.HtmlDecode(html));

        using (var scope = cluster.A.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<Cms.LiquidTemplates.Services.TemplatesManager>()
                .DeleteAsync("Content_Detail__Event", CancellationToken.None));
        }
        html = await PollAsync(b, url, html => !html.Contains(marker, StringComparison.Ordinal));
        Assert.DoesNotContain(marker, html);
    }

    [SkippableFact]
    public async Task A_Lucene_index_defined_on_A_answers_on_B_and_follows_a_title_published_on_A()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        var index = "Events" + Guid.NewGuid().ToString("N")[..8];
        using (var scope = cluster.A.Services.CreateScope())
        {
            var file = Path.Combine(cluster.A.DataDirectory, index + ".recipe.json");
            await File.WriteAllTextAsync(file, $$"""
                { "name": "lucene", "steps": [ { "name": "lucene-index", "Indices": [ { "{{index}}": { "AnalyzerName": "standardanalyzer", "IndexedContentTypes": ["Event"] } } ] } ] }
                """);
            await scope.ServiceProvider.GetRequiredService<Cms.Abstractions.Recipes.IRecipeExecutor>()
                .ExecuteFileAsync(file, dryRun: false, TextWriter.Null, Cms.Abstractions.Recipes.RecipeOrigin.Local);
        }
        var events = await cluster.PublishedEventsAsync();
        Assert.Equal(events.Count, (await LuceneTitlesOnBAsync(index, "{ \"query\": { \"match_all\": {} }, \"size\": 1000 }")).Count);

        var title = "Événement renommé sur A " + Guid.NewGuid().ToString("N")[..8];
        using (var scope = cluster.A.Services.CreateScope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var latest = (await manager.GetAsync(events[0].ContentItemId, VersionOptions.Latest))!;
            latest.Apply(new TitlePart { Title = title });
            await manager.PublishAsync(latest);
        }
        var query = $"{{ \"query\": {{ \"term\": {{ \"Content.ContentItem.DisplayText\": \"{title}\" }} }} }}";
        var since = Stopwatch.StartNew();
        var found = await LuceneTitlesOnBAsync(index, query);
        while (found.Count == 0 && since.Elapsed < VisibleWithin)
        {
            await Task.Delay(20);
            found = await LuceneTitlesOnBAsync(index, query);
        }
        Assert.Equal([title], found);
    }

    private async Task<List<string?>> LuceneTitlesOnBAsync(string index, string template)
    {
        using var scope = cluster.B.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<Cms.Queries.Services.SqlQueryRunner>().RunAsync(
            new Cms.Queries.Services.StoredQuery { Source = "Lucene", Index = index, Template = template, ReturnContentItems = true },
            new Dictionary<string, object?>(), CancellationToken.None, "Cluster");
        return result.Items.Select(i => i.DisplayText).ToList();
    }

    [SkippableFact]
    public async Task A_sign_in_form_from_A_posted_to_B_signs_in_and_the_cookie_is_accepted_by_A()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        var cookies = new CookieContainer();
        using var a = ClusterFixture.Client(cluster.A, cookies);
        using var b = ClusterFixture.Client(cluster.B, cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await b.GetAsync("/admin")).StatusCode);

        // The antiforgery cookie and token are issued by A and checked by B; the sign-in cookie is issued by B.
        var form = await a.GetStringAsync("/admin/connexion");
        var token = WebUtility.HtmlDecode(TokenPattern().Match(form).Groups[1].Value);
        var signIn = await b.PostAsync("/admin/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin", ["Password"] = ClusterFixture.AdminPassword, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.DoesNotContain("connexion", signIn.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/admin")).StatusCode);
    }

    [SkippableFact]
    public async Task A_media_file_stored_in_S3_by_A_is_served_by_B()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7)).ToArray();
        var path = $"cluster/{Guid.NewGuid():N}.pdf";
        var store = cluster.A.Services.GetRequiredService<IMediaLibraryStore>();
        Assert.IsType<Cms.Media.S3.S3MediaStore>(store);
        Assert.True(await store.TryCreateAsync(path, new MemoryStream(bytes)));

        using var b = ClusterFixture.Client(cluster.B);
        using var response = await b.GetAsync(store.PublicUrl(path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
    }

    [SkippableFact]
    public async Task An_upload_waiting_for_confirmation_on_A_is_found_by_B_and_deleted_for_both()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        var recipe = """{ "name": "envoi-partage", "steps": [] }"""u8.ToArray();
        var storeA = cluster.A.Services.GetRequiredService<TransferUploadStore>();
        var storeB = cluster.B.Services.GetRequiredService<TransferUploadStore>();
        var staged = await storeA.StageAsync(new MemoryStream(recipe), "envoi.json", "admin", CancellationToken.None);
        Assert.StartsWith(cluster.A.DataDirectory, staged.Folder);

        var onB = await storeB.FindAsync(staged.Token, "admin", CancellationToken.None);
        Assert.NotNull(onB);
        Assert.Equal((TransferKind.Recipe, "envoi.json"), (onB.Kind, onB.FileName));
        Assert.StartsWith(cluster.B.DataDirectory, onB.RecipePath);
        Assert.Equal(recipe, await File.ReadAllBytesAsync(onB.RecipePath));
        Assert.Null(await storeB.FindAsync(staged.Token, "autre", CancellationToken.None));

        await storeB.DeleteAsync(onB, CancellationToken.None);
        Assert.Null(await storeA.FindAsync(staged.Token, "admin", CancellationToken.None));
        Assert.False(Directory.Exists(staged.Folder));
    }

    [SkippableFact]
    public async Task A_publication_scheduled_once_is_carried_out_once_with_both_nodes_running()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        var item = (await cluster.PublishedEventsAsync()).Last();
        var title = "Publication programmée " + Guid.NewGuid().ToString("N")[..8];
        var dueUtc = DateTime.UtcNow.AddSeconds(2);
        ScheduledTask scheduled;
        using (var scope = cluster.A.Services.CreateScope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var latest = (await manager.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
            latest.Apply(new TitlePart { Title = title });
            var draft = await manager.SaveDraftAsync(latest);
            scheduled = await scope.ServiceProvider.GetRequiredService<IPublishScheduler>()
                .SchedulePublishAsync(draft.ContentItemId, draft.ContentItemVersionId, dueUtc);
        }

        // Both schedulers poll every second; wait (bounded) for the task to leave "pending".
        ScheduledTask task;
        var waited = Stopwatch.StartNew();
        while (true)
        {
            using var scope = cluster.B.Services.CreateScope();
            task = (await scope.ServiceProvider.GetRequiredService<IPublishScheduler>().ListAsync(item.ContentItemId)).Single(t => t.Id == scheduled.Id);
            if (task.Status != ScheduledTaskStatus.Pending || waited.Elapsed > TimeSpan.FromSeconds(60)) break;
            await Task.Delay(200);
        }
        Assert.Equal(ScheduledTaskStatus.Done, task.Status);
        // Give the other node a few passes to (wrongly) carry it out again.
        await Task.Delay(TimeSpan.FromSeconds(3));

        using (var scope = cluster.A.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var carriedOut = await db.AuditTrail.AsNoTracking()
                .Where(e => e.ContentItemId == item.ContentItemId && e.Kind == "ScheduledPublished" && e.Utc >= dueUtc.AddSeconds(-1))
                .CountAsync();
            Assert.Equal(1, carriedOut);
            var published = await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(item.ContentItemId);
            Assert.Equal(title, published!.DisplayText);
        }
    }

    [SkippableFact]
    public async Task Both_nodes_answer_ready_with_the_database_and_Redis()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        foreach (var node in new[] { cluster.A, cluster.B })
        {
            using var client = ClusterFixture.Client(node);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
            using var ready = await client.GetAsync("/health/ready");
            var body = await ready.Content.ReadAsStringAsync();
            Assert.True(ready.StatusCode == HttpStatusCode.OK, body);
            Assert.Contains("\"redis\"", body);
            Assert.Contains("\"database\"", body);
        }
    }

    /// <summary>A published event's page, rendered and cached by the node of <paramref name="client"/> (output cache and published-item cache) before a change.</summary>
    private async Task<(ContentItem Item, string Url)> EventPageCachedByAsync(HttpClient client)
    {
        var item = (await cluster.PublishedEventsAsync()).First(i => i.As<AutoroutePart>()?.Path is not null);
        var url = "/" + item.As<AutoroutePart>()!.Path;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        return (item, url);
    }

    /// <summary>GETs <paramref name="url"/> until <paramref name="shown"/> holds or <see cref="VisibleWithin"/> passed; the last page.</summary>
    private static async Task<string> PollAsync(HttpClient client, string url, Func<string, bool> shown)
    {
        var since = Stopwatch.StartNew();
        while (true)
        {
            var html = await client.GetStringAsync(url);
            if (shown(html) || since.Elapsed > VisibleWithin) return html;
            await Task.Delay(20);
        }
    }

    [GeneratedRegex("<h3 class=\"fr-card__title\"><a href=\"(/[^\"]+)\"")]
    private static partial Regex CardLinkPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
