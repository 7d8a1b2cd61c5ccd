// Pages benchmark: the site in Release on SQLite with the corpus imported, measured with wrk (32 connections) against
// the ceiling (bench/Ceiling: Kestrel writing the same bytes from memory), in one run. Prints requests/s, p99 and the
// ratio of each page to the ceiling. Usage: dotnet run -c Release --project bench/Pages [-- --seconds 10 --corpus <dir>]
// Profile mode (--profile <n>): no wrk and no ceiling; each page rendered n times in a row, uncached, through the real
// pipeline (HTTP on loopback): milliseconds, SQL commands and bytes allocated per request; with --alloc, the types
// that take the most of those bytes (the runtime's allocation samples).
// Serve mode (--serve): the site with the corpus imported, its address printed, kept running until the process is
// stopped (to drive it with wrk and attach dotnet-trace or dotnet-counters to this process).
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Cms.Abstractions.Content;
using Cms.Bench;
using Cms.ContentFields.Fields;
using Microsoft.Extensions.DependencyInjection;

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var seconds = int.Parse(Option("--seconds") ?? "10", CultureInfo.InvariantCulture);
var corpus = Option("--corpus") ?? Repository.FindAbove(Path.Combine("shared", "corpus", "numerique.gouv.fr", "_evenements"));
var profile = Option("--profile") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 0;
// With --alloc (profile mode): the types that take the most of each page's allocations, from the runtime's samples.
using var allocations = args.Contains("--alloc") ? new AllocationSampler() : null;
const int Connections = 32;

Console.WriteLine($"pages benchmark: {Environment.ProcessorCount} cores, wrk -c{Connections} -t2 -d{seconds}s, corpus {corpus}");
var sql = new SqlCommandCounter();
// Settings given as --Cms:Section:Key=value go to the site (e.g. --Cms:AgendaCache:Enabled=false: a fast path off).
await using var site = await BenchSite.StartAsync(builder =>
    builder.Services.ConfigureDbContext<Cms.Data.SqliteCmsDbContext>(o => o.AddInterceptors(sql), ServiceLifetime.Singleton),
    [.. args.Where(a => a.StartsWith("--Cms:", StringComparison.Ordinal) && a.Contains('='))]);
var (importCode, importOutput) = await site.RunCommandAsync("import", corpus);
// Exit code 1: some documents refused (reported), the others imported; 2: nothing could be done.
if (importCode > 1) throw new InvalidOperationException($"import failed ({importCode}):\n{importOutput}");
Console.WriteLine("import: " + importOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault());
var seedPath = BenchSite.PathOf(await site.SeedEventAsync());
string[] paths = [seedPath, "/agenda", "/"];
if (args.Contains("--serve"))
{
    Console.WriteLine($"serving {site.BaseUrl} (seed event page {seedPath}); stop the process (SIGTERM or Ctrl+C) to end");
    // The site's host would otherwise swallow the signal waiting for a Main that never returns; returning disposes the
    // site and its temporary data directory.
    var stopped = new TaskCompletionSource();
    void Stop(PosixSignalContext signal)
    {
        signal.Cancel = true;
        stopped.TrySetResult();
    }
    using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
    await stopped.Task;
    return 0;
}
if (profile > 0)
{
    // The listings' filters too: a theme (the seed's first), a month, the past-events archive and one of its years,
    // and the theme's own page (its events).
    var seed = await site.SeedEventAsync();
    var themeId = seed.GetField<ContentPickerField>("Event", "Themes")!.ContentItemIds[0];
    var themePath = BenchSite.PathOf((await site.WithServicesAsync(s => s.GetRequiredService<IContentManager>().GetAsync(themeId)))!);
    var themeSlug = themePath.TrimEnd('/')[(themePath.TrimEnd('/').LastIndexOf('/') + 1)..];
    var month = DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    await ProfileAsync(site.BaseUrl,
        [.. paths, $"/agenda?theme={themeSlug}", $"/agenda?mois={month}", "/agenda/passes",
            $"/agenda/passes?annee={DateTime.UtcNow.Year - 1}", themePath], profile);
    return 0;
}

// The ceiling serves the very bytes the site sends (uncompressed: wrk does not ask for compression).
var pagesFolder = Directory.CreateTempSubdirectory("cms-ceiling-").FullName;
using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
var manifest = new List<string>();
for (var i = 0; i < paths.Length; i++)
{
    using var response = await http.GetAsync(paths[i]);
    response.EnsureSuccessStatusCode();
    await File.WriteAllBytesAsync(Path.Combine(pagesFolder, $"{i}.html"), await response.Content.ReadAsByteArrayAsync());
    manifest.Add($"{paths[i]}\t{i}.html\t{response.Content.Headers.ContentType}");
}
await File.WriteAllLinesAsync(Path.Combine(pagesFolder, "pages.tsv"), manifest);

var ceilingPort = BenchSite.FreePort();
using var ceiling = StartCeiling(ceilingPort, pagesFolder);
try
{
    var ceilingUrl = $"http://127.0.0.1:{ceilingPort}";
    Console.WriteLine();
    // CPU ms/req: the CPU time of this process (the site; the ceiling is another process) per request wrk made,
    // steadier than requests/s when other work shares the machine.
    Console.WriteLine($"{"page",-60} {"variant",-9} {"req/s",9} {"p99 ms",8} {"ratio",6} {"CPU ms/req",11}");
    foreach (var path in paths)
    {
        var (top, _) = await MeasureAsync(ceilingUrl + path);
        Print(path, "ceiling", top, top, null);
        var (cached, cachedCpu) = await MeasureAsync(site.BaseUrl + path);
        Print(path, "cached", cached, top, cachedCpu);
        // The sign-in cookie makes the output cache step aside: every request renders the page (an invalid cookie
        // is an anonymous visitor for the back office).
        var (uncached, uncachedCpu) = await MeasureAsync(site.BaseUrl + path, BenchSite.UncachedCookieHeader);
        Print(path, "uncached", uncached, top, uncachedCpu);
    }
}
finally
{
    ceiling.Kill(entireProcessTree: true);
    await ceiling.WaitForExitAsync();
    Directory.Delete(pagesFolder, recursive: true);
}
return 0;

async Task<(WrkResult Result, double CpuMsPerRequest)> MeasureAsync(string url, params string[] headers)
{
    await Wrk.RunAsync(url, Math.Max(2, seconds / 5), Connections, 2, headers); // warm-up: JIT, caches, connections
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var result = await Wrk.RunAsync(url, seconds, Connections, 2, headers);
    var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    if (result.Errors > 0) throw new InvalidOperationException($"{url}: {result.Errors} responses were not 2xx/3xx");
    return (result, used.TotalMilliseconds / Math.Max(1, result.Requests));
}

async Task ProfileAsync(string baseUrl, string[] pages, int count)
{
    using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
    long bytes = 0;
    async Task GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", BenchSite.UncachedCookie);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        bytes = (await response.Content.ReadAsByteArrayAsync()).LongLength;
    }
    Console.WriteLine();
    // CPU ms/req: this process's CPU time (the site and the client) per request, steadier than ms/req on a busy machine.
    Console.WriteLine($"{"page (uncached, one at a time)",-60} {"ms/req",8} {"CPU ms/req",11} {"SQL/req",8} {"KB alloc/req",13} {"KB page",8}");
    foreach (var path in pages)
    {
        for (var i = 0; i < Math.Min(50, count); i++) await GetAsync(path); // warm-up: JIT, caches
        var commands = sql.Count;
        if (allocations is not null) allocations.Enabled = true;
        var allocated = GC.GetTotalAllocatedBytes();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++) await GetAsync(path);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var cpuUsed = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(path.Length > 60 ? "…" + path[^59..] : path),-60} {elapsed / count,8:F2} {cpuUsed / count,11:F3} {(sql.Count - commands) / (double)count,8:F1} {(GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / count,13:F0} {bytes / 1024.0,8:F0}"));
        if (allocations is null) continue;
        allocations.Enabled = false;
        foreach (var (type, share) in allocations.TakeTop(12))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {share,6:P1}  {type}"));
        }
    }
}

static void Print(string path, string variant, WrkResult result, WrkResult ceiling, double? cpuMsPerRequest) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{(path.Length > 60 ? "…" + path[^59..] : path),-60} {variant,-9} {result.RequestsPerSecond,9:F0} {result.P99Milliseconds,8:F1} {result.RequestsPerSecond / ceiling.RequestsPerSecond,6:F2} {(cpuMsPerRequest is { } ms ? ms.ToString("F3", CultureInfo.InvariantCulture) : "-"),11}"));

static Process StartCeiling(int port, string folder)
{
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
    foreach (var a in new[] { "run", "-c", "Release", "--project", Path.Combine(Repository.Root, "bench", "Ceiling"), "--", "--port",
                 port.ToString(CultureInfo.InvariantCulture), "--pages", folder }) start.ArgumentList.Add(a);
    var process = Process.Start(start)!;
    var deadline = DateTime.UtcNow.AddMinutes(5);
    while (DateTime.UtcNow < deadline)
    {
        var line = process.StandardOutput.ReadLine();
        if (line is null) throw new InvalidOperationException("bench/Ceiling exited before it was ready");
        if (line == "ready") return process;
    }
    process.Kill(entireProcessTree: true);
    throw new TimeoutException("bench/Ceiling was not ready within 5 minutes");
}
