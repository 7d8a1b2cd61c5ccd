// Publish benchmark: edits and publishes the seed event through the content manager, then polls its public URL
// (served from the output cache before the change) until the change shows. Prints the median and worst delay over
// 50 tries. Usage: dotnet run -c Release --project bench/Publish [-- --tries 50]
using System.Diagnostics;
using System.Globalization;
using Cms.Abstractions.Content;
using Cms.Bench;
using Microsoft.Extensions.DependencyInjection;

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var tries = int.Parse(Option("--tries") ?? "50", CultureInfo.InvariantCulture);
const int MaxPolls = 10_000;

await using var site = await BenchSite.StartAsync();
var seed = await site.SeedEventAsync();
var path = BenchSite.PathOf(seed);
using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
var delays = new List<double>();
var publishCalls = new List<double>();
for (var attempt = 0; attempt <= tries; attempt++)
{
    await http.GetStringAsync(path);
    await http.GetStringAsync(path); // cached now
    var marker = $"Publication numéro {attempt} {Guid.NewGuid():n}";
    var clock = Stopwatch.StartNew();
    await site.WithServicesAsync(async services =>
    {
        var content = services.GetRequiredService<IContentManager>();
        var item = (await content.GetAsync(seed.ContentItemId, VersionOptions.Latest))!;
        item.Apply(new TitlePart { Title = marker });
        return await content.PublishAsync(item);
    });
    var published = clock.Elapsed.TotalMilliseconds;
    var polls = 0;
    while (!(await http.GetStringAsync(path)).Contains(marker, StringComparison.Ordinal))
    {
        if (++polls >= MaxPolls) throw new InvalidOperationException($"try {attempt}: the change did not show after {MaxPolls} requests");
    }
    if (attempt == 0) continue; // warm-up (JIT)
    delays.Add(clock.Elapsed.TotalMilliseconds);
    publishCalls.Add(published);
}
delays.Sort();
publishCalls.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"publish to visible over {tries} tries: median {Median(delays):F1} ms, worst {delays[^1]:F1} ms (of which the publish call: median {Median(publishCalls):F1} ms)"));
return 0;

static double Median(List<double> sorted) => sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
