// Scale benchmark: 10,000 generated events, then the uncached time of the agenda (first and a far page), a theme
// page and the back office's event list (signed in), searches (with the ratio to the search page without a query)
// and the rebuild of the search index, and the working set after 100,000 cached and uncached requests.
// Usage: dotnet run -c Release --project bench/Scale [-- --events 10000 --requests 100000]
// BENCH_KEEP_DB=/path/copy.db keeps a copy of the database after the import (for EXPLAIN QUERY PLAN with sqlite3).
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Cms.Abstractions.Content;
using Cms.Bench;
using Cms.ContentFields.Fields;
using Microsoft.Extensions.DependencyInjection;

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var eventCount = int.Parse(Option("--events") ?? "10000", CultureInfo.InvariantCulture);
var requestTarget = long.Parse(Option("--requests") ?? "100000", CultureInfo.InvariantCulture);
const int Samples = 20;
var RequestTimeout = TimeSpan.FromSeconds(30);

await using var site = await BenchSite.StartAsync();
var seed = await site.SeedEventAsync();
var themeId = seed.GetField<ContentPickerField>("Event", "Themes")!.ContentItemIds[0];
var themePath = BenchSite.PathOf((await site.WithServicesAsync(s => s.GetRequiredService<IContentManager>().GetAsync(themeId)))!);

var clock = Stopwatch.StartNew();
const int Batch = 500;
for (var first = 0; first < eventCount; first += Batch)
{
    var items = Enumerable.Range(first, Math.Min(Batch, eventCount - first)).Select(i => Generate(seed, i, eventCount)).ToList();
    await site.WithServicesAsync(s => s.GetRequiredService<IContentManager>().ImportAsync(items));
}
if (Environment.GetEnvironmentVariable("BENCH_KEEP_DB") is { Length: > 0 } keep)
{
    await using var copy = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(site.DataDirectory, "cms.db")}");
    await copy.OpenAsync();
    await using var vacuum = copy.CreateCommand();
    vacuum.CommandText = $"VACUUM INTO '{keep}'";
    await vacuum.ExecuteNonQueryAsync();
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scale benchmark: {eventCount} generated events imported in {clock.Elapsed.TotalSeconds:F1} s"));

var anonymous = new HttpClient { BaseAddress = new Uri(site.BaseUrl), Timeout = RequestTimeout };
anonymous.DefaultRequestHeaders.Add("Cookie", BenchSite.UncachedCookie); // the output cache steps aside: every request renders
var editor = await SignInAsync(site.BaseUrl);
// Far pages scale with the number of events (pages 100, 300 and 200 at 10,000 events), so that smaller runs work too.
int Far(int atTenThousand) => Math.Max(1, atTenThousand * eventCount / 10000);
(string Label, HttpClient Client, string Url)[] pages =
[
    ("agenda, first page", anonymous, "/agenda"),
    ($"agenda, page {Far(100)}", anonymous, $"/agenda?page={Far(100)}"),
    ("past events", anonymous, "/agenda/passes"),
    ("theme page", anonymous, themePath),
    ($"theme page, page {Far(300)}", anonymous, themePath + $"?page={Far(300)}"),
    ("back office event list", editor, "/admin?type=Event"),
    ($"back office event list, page {Far(200)}", editor, $"/admin?type=Event&p={Far(200)}"),
    ("back office list, a word of bodies", editor, "/admin?type=Event&q=tchap"),
];
Console.WriteLine($"{"page (uncached)",-36} {"median ms",10} {"worst ms",9} {"bytes",9}");
foreach (var (label, client, url) in pages)
{
    var (times, bytes) = await SampleAsync(client, url);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-36} {times[times.Count / 2],10:F1} {times[^1],9:F1} {bytes,9}{Note(times)}"));
}

// Search (issue 18: ≤ 30 ms median at 10,000 events): the anchor is the same page without a query (layout, filters,
// no search), so the ratio is what searching adds. The generated events share the seed's body and differ by title.
(string Label, string Url)[] searches =
[
    ("search page, no query (anchor)", "/recherche"),
    ("search, one event by its title", "/recherche?q=" + Uri.EscapeDataString($"généré numéro {eventCount / 2}")),
    ("search, a word of every event", "/recherche?q=bordeaux"),
    ("search, a typo (close spellings)", "/recherche?q=Bordaux"),
    ("search, header suggestions (JSON)", "/recherche/suggestions?q=bordea"),
];
Console.WriteLine($"{"search (uncached)",-36} {"median ms",10} {"worst ms",9} {"bytes",9} {"ratio",6}");
double? anchor = null;
foreach (var (label, url) in searches)
{
    var (times, bytes) = await SampleAsync(anonymous, url);
    var median = times[times.Count / 2];
    anchor ??= median;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-36} {median,10:F1} {times[^1],9:F1} {bytes,9} {median / anchor.Value,6:F2}{Note(times)}"));
}

// reindex (≤ 10 s at 10,000 events): the rebuild the command runs, against its floor, reading every published item.
var read = Stopwatch.StartNew();
var published = await site.WithServicesAsync(async s =>
{
    var count = 0;
    await foreach (var _ in s.GetRequiredService<IContentQuery>().ListAllAsync(new ContentListQuery { Status = ContentStatus.Published, PageSize = 500, Sort = ContentSort.ModifiedAsc })) count++;
    return count;
});
read.Stop();
var (indexed, rebuild) = await site.WithServicesAsync(s => s.GetRequiredService<Cms.Search.Indexing.SearchIndexService>().RebuildAsync(CancellationToken.None));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"reindex: {indexed} items in {rebuild.TotalSeconds:F2} s; reading the {published} published items alone (anchor): {read.Elapsed.TotalSeconds:F2} s; ratio {rebuild.TotalSeconds / read.Elapsed.TotalSeconds:F1}"));

// 100,000 requests: mostly cached pages, a tenth rendered (uncached), as visitors and crawlers would mix them.
long done = 0;
var urls = new[] { "/", "/agenda", "/agenda?page=2", "/thematiques", BenchSite.PathOf(seed), themePath };
var round = 0;
while (done < requestTarget)
{
    var url = site.BaseUrl + urls[round++ % urls.Length];
    done += (await Wrk.RunAsync(url, 3, 32, 2)).Requests;
    done += (await Wrk.RunAsync(url, 1, 8, 1, BenchSite.UncachedCookieHeader)).Requests;
}
GC.Collect();
var process = Process.GetCurrentProcess();
process.Refresh();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"working set after {done} requests: {process.WorkingSet64 / 1048576.0:F0} MB (peak {process.PeakWorkingSet64 / 1048576.0:F0} MB, managed heap {GC.GetTotalMemory(false) / 1048576.0:F0} MB)"));
return 0;

async Task<(List<double> Times, long Bytes)> SampleAsync(HttpClient client, string url)
{
    var times = new List<double>();
    long bytes = 0;
    for (var i = 0; i <= Samples; i++)
    {
        var watch = Stopwatch.StartNew();
        HttpResponseMessage response;
        try { response = await client.GetAsync(url); }
        catch (TaskCanceledException)
        {
            times.Add(watch.Elapsed.TotalMilliseconds);
            break; // a page slower than the timeout is reported as such, not measured 20 times
        }
        using var disposeResponse = response;
        if (i > 0 && watch.Elapsed > TimeSpan.FromSeconds(2) && times.Count >= 2) break; // pathological: 3 samples suffice
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{url}: {(int)response.StatusCode}");
        if (i == 0) continue; // warm-up
        times.Add(watch.Elapsed.TotalMilliseconds);
        bytes = body.Length;
    }
    times.Sort();
    return (times, bytes);
}

string Note(List<double> times) =>
    times[^1] >= RequestTimeout.TotalMilliseconds ? $"  (timed out after {RequestTimeout.TotalSeconds:F0} s)" : $"  ({times.Count} samples)";

// Dates spread evenly over ten years from January 2020, whatever the number of events (about a third upcoming).
static ContentItem Generate(ContentItem seed, int i, int count)
{
    var item = seed.Clone();
    item.ContentItemId = IdGenerator.FromSeed("bench-event-" + i);
    item.ContentItemVersionId = IdGenerator.FromSeed("bench-event-version-" + i);
    var title = $"Évènement généré numéro {i}";
    item.DisplayText = title;
    item.Apply(new TitlePart { Title = title });
    item.Apply(new AutoroutePart { Path = $"evenements/generes/{i}" });
    var start = new DateTime(2020, 1, 6, 9, 0, 0, DateTimeKind.Utc).AddHours(i * 7 % 24 + 24 * (int)((long)i * 3650 / count));
    item.ApplyField("Event", "StartDate", new DateTimeField { Value = start });
    item.ApplyField("Event", "EndDate", new DateTimeField { Value = start.AddHours(3) });
    item.Published = true;
    item.Latest = true;
    return item;
}

static async Task<HttpClient> SignInAsync(string baseUrl)
{
    var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
    var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
    var form = await client.GetStringAsync("/admin/connexion");
    var token = Regex.Match(form, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"");
    if (!token.Success) throw new InvalidOperationException("no antiforgery token on the sign-in page");
    using var response = await client.PostAsync("/admin/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["UserName"] = "admin", ["Password"] = BenchSite.AdminPassword, ["__RequestVerificationToken"] = token.Groups[1].Value,
    }));
    if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"sign-in failed: {(int)response.StatusCode}");
    return client;
}
