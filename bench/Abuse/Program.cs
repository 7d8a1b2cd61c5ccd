using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Runtime;
using Cms.Bench;

// bench/Abuse: anonymous requests with random paths, query strings and admin asset names against the real site on
// loopback; prints the process's working set before and after (target: growth under 30 MB) and the status codes seen
// (target: no 5xx). Usage: run.sh [-- requests [concurrency]]
var total = args.Length > 0 ? int.Parse(args[0]) : 20_000;
var concurrency = args.Length > 1 ? int.Parse(args[1]) : 16;
var seed = Environment.GetEnvironmentVariable("ABUSE_SEED") is { } s ? int.Parse(s) : Random.Shared.Next();

await using var site = await BenchSite.StartAsync("--Cms:Scheduling:PollSeconds=30");
using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = concurrency })
{
    BaseAddress = new Uri(site.BaseUrl),
};

// The kinds of request, one after the other; each one is random in its own way.
string[] kinds = ["random path", "undeclared query on /", "undeclared query on /agenda", "unusable declared value", "random declared value", "random admin asset"];
// ABUSE_KINDS=4 (or 0,3): only those kinds, to measure each one alone.
int[] chosen = Environment.GetEnvironmentVariable("ABUSE_KINDS") is { Length: > 0 } k
    ? k.Split(',').Select(int.Parse).ToArray()
    : Enumerable.Range(0, kinds.Length).ToArray();
Console.WriteLine($"bench/Abuse: {total:N0} anonymous requests, {concurrency} at a time, seed {seed}, kinds {string.Join(", ", chosen.Select(i => kinds[i]))}");
string Url(Random random, int kind)
{
    var token = Convert.ToHexString(BitConverter.GetBytes(random.NextInt64())).ToLowerInvariant();
    return kind switch
    {
        0 => $"/{token}/{random.Next()}",
        1 => $"/?q={token}&utm_source={random.Next()}",
        2 => $"/agenda?{token}={random.Next()}",
        3 => $"/agenda?page=%3Cx%3E{token}",
        4 => $"/agenda?theme={token}",
        _ => $"/admin/ressources/{token}.js",
    };
}

async Task<ConcurrentDictionary<string, int>> RunAsync(int count, Random random)
{
    var statuses = new ConcurrentDictionary<string, int>();
    var next = -1;
    var urls = Enumerable.Range(0, count).Select(i => chosen[i % chosen.Length]).Select(kind => (Kind: kind, Url: Url(random, kind))).ToArray();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < count)
        {
            var (kind, url) = urls[i];
            string key;
            try
            {
                using var response = await http.GetAsync(url);
                await response.Content.CopyToAsync(Stream.Null);
                key = $"{(int)response.StatusCode} {kinds[kind]}";
            }
            catch (HttpRequestException e)
            {
                key = $"error {kinds[kind]}: {e.Message}";
            }
            statuses.AddOrUpdate(key, 1, (_, n) => n + 1);
        }
    }));
    return statuses;
}

static long WorkingSet()
{
    GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    GC.WaitForPendingFinalizers();
    GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    var process = Process.GetCurrentProcess();
    process.Refresh();
    return process.WorkingSet64;
}

// Warm-up: every kind of page rendered and JIT-compiled once, so the "before" figure is the site at rest.
await RunAsync(600, new Random(seed ^ 0x5eed));
var before = WorkingSet();
var managedBefore = GC.GetTotalMemory(false);
var (committedBefore, threadsBefore) = (GC.GetGCMemoryInfo().TotalCommittedBytes, Process.GetCurrentProcess().Threads.Count);
var watch = Stopwatch.StartNew();
var seen = await RunAsync(total, new Random(seed));
watch.Stop();
var after = WorkingSet();
var managedAfter = GC.GetTotalMemory(false);
var (committedAfter, threadsAfter) = (GC.GetGCMemoryInfo().TotalCommittedBytes, Process.GetCurrentProcess().Threads.Count);

const double MB = 1024 * 1024;
Console.WriteLine($"requests: {total:N0} in {watch.Elapsed.TotalSeconds:0.0} s ({total / watch.Elapsed.TotalSeconds:0} req/s)");
Console.WriteLine($"working set: before {before / MB:0.0} MB, after {after / MB:0.0} MB, growth {(after - before) / MB:0.0} MB (target < 30 MB)");
Console.WriteLine($"managed heap: before {managedBefore / MB:0.0} MB, after {managedAfter / MB:0.0} MB");
// Where a growth of the working set lies when the managed heap did not grow: memory the GC keeps committed, threads.
Console.WriteLine($"GC committed: before {committedBefore / MB:0.0} MB, after {committedAfter / MB:0.0} MB ({(GCSettings.IsServerGC ? "server" : "workstation")} GC); threads: before {threadsBefore}, after {threadsAfter}");
Console.WriteLine("status codes:");
foreach (var (key, count) in seen.OrderBy(p => p.Key, StringComparer.Ordinal)) Console.WriteLine($"  {count,7:N0}  {key}");
var serverErrors = seen.Where(p => p.Key.StartsWith('5') || p.Key.StartsWith("error")).Sum(p => p.Value);
Console.WriteLine(serverErrors == 0 ? "no 5xx" : $"{serverErrors} 5xx or transport errors");
return serverErrors == 0 && after - before < 30 * MB ? 0 : 1;
