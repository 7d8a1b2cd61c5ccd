using System.Diagnostics;
using Cms.Abstractions.Data;
using Cms.Abstractions.Migrations;
using Cms.Abstractions.Modules;
using Cms.MarkdownImport.Services;
using ImportBench;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// dotnet run -c Release --project bench/ImportBench [-- N… [--corpus <folder>] [--batch <size>] [--dry-run] [--no-hugo] [--stages] [--command <Cms.Web.dll>]]
// Each N: generate N documents from the corpus' shapes, import them into a fresh SQLite store, then build the same
// documents with Hugo (the anchor), print both rates and their ratio, and the CPU seconds each used and their ratio
// (steadier than the rates when other work loads the machine); at the end, peak working sets compared.
// --dry-run reads, parses and maps without writing: the difference with a real run is the store's share.
var counts = new List<int>();
string? corpus = null;
// The import's own default (the command's): what an editor's import holds in memory at once.
var batch = new MarkdownImportOptions { Folder = "" }.BatchSize;
var hugo = true;
var dryRun = false;
var stages = false;
string? webDll = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--corpus" when i + 1 < args.Length: corpus = args[++i]; break;
        case "--batch" when i + 1 < args.Length: batch = int.Parse(args[++i]); break;
        case "--dry-run": dryRun = true; break;
        case "--no-hugo": hugo = false; break;
        case "--stages": stages = true; break;
        case "--command" when i + 1 < args.Length: webDll = Path.GetFullPath(args[++i]); break;
        default:
            if (!int.TryParse(args[i], out var n) || n <= 0)
            {
                Console.Error.WriteLine($"usage: ImportBench [N…] [--corpus <folder>] [--batch <size>] [--dry-run] [--no-hugo] [--stages] [--command <Cms.Web.dll>] (unexpected argument '{args[i]}')");
                return 2;
            }
            counts.Add(n);
            break;
    }
}
if (counts.Count == 0) counts.AddRange([300, 3_000]);
corpus ??= FindCorpus();
var templates = DocumentGenerator.LoadTemplates(corpus);
Console.WriteLine($"Templates: {templates.Count} documents from {corpus}; batches of {batch} documents.");
Console.WriteLine("documents | time (s)  | documents/s | CPU (s) | peak working set (MB)       | peak managed (MB) | refused | Hugo (s) | Hugo documents/s | ratio | Hugo CPU (s) | CPU ratio");
var peaks = new List<(int Count, double WorkingSet, double? CommandWorkingSet)>();

foreach (var count in counts)
{
    var folder = DocumentGenerator.Write(templates, count);
    var root = Path.GetDirectoryName(folder)!;
    if (stages) Stages.Print(folder);
    var (workingSet, commandWorkingSet) = await RunAsync(count, folder, Path.Combine(root, "data"), batch, dryRun, hugo, webDll);
    peaks.Add((count, workingSet, commandWorkingSet));
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(root, recursive: true);
}
for (var i = 1; i < peaks.Count; i++)
{
    Console.WriteLine($"peak working set at {peaks[i].Count} documents: {peaks[i].WorkingSet / peaks[0].WorkingSet:0.00} × the one at {peaks[0].Count}");
    if (peaks[i].CommandWorkingSet is { } command && peaks[0].CommandWorkingSet is { } first)
        Console.WriteLine($"import command's peak working set at {peaks[i].Count} documents: {command / first:0.00} × the one at {peaks[0].Count}");
}
return 0;

// The import's figures, then Hugo's on the same files; returns the import's peak working set (MB), in process and,
// with --command, the command's own.
static async Task<(double WorkingSet, double? CommandWorkingSet)> RunAsync(int count, string folder, string dataDirectory, int batch, bool dryRun, bool hugo, string? webDll)
{
    await using var services = await BuildStoreAsync(dataDirectory);
    GC.Collect();
    GC.WaitForPendingFinalizers();
    using var memory = new PeakMemory();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var gc = GcFigures.Now();
    var clock = Stopwatch.StartNew();
    await using var scope = services.CreateAsyncScope();
    var report = await scope.ServiceProvider.GetRequiredService<MarkdownImporter>()
        .ImportAsync(new MarkdownImportOptions { Folder = folder, BatchSize = batch, DryRun = dryRun }, TextWriter.Null, CancellationToken.None);
    clock.Stop();
    cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    gc = GcFigures.Now() - gc;
    var workingSet = memory.WorkingSet / 1048576.0;
    var managed = memory.Managed / 1048576.0;
    var rate = count / clock.Elapsed.TotalSeconds;
    var anchor = hugo ? HugoAnchor.Build(folder) : null;
    var hugoColumns = anchor is var (seconds, hugoCpu)
        ? $"{seconds,8:0.00} | {count / seconds,16:0.0} | {rate / (count / seconds),5:0.00} | {hugoCpu,12:0.00} | {hugoCpu / cpu.TotalSeconds,9:0.00}"
        : "       — |                — |     — |            — |         —";
    Console.WriteLine($"{count,9} | {clock.Elapsed.TotalSeconds,9:0.00} | {rate,11:0.0} | {cpu.TotalSeconds,7:0.00} | {workingSet,27:0.0} | {managed,17:0.0} | {report.Refused.Count,7} | {hugoColumns}");
    Console.WriteLine($"  {count} documents: {gc}");
    double? commandPeak = null;
    if (webDll is not null && ImportCommandRun.Run(webDll, folder, dataDirectory + "-command") is var (commandSeconds, commandCpu, loopRate, commandWorkingSet))
    {
        commandPeak = commandWorkingSet;
        var versus = anchor is var (hugoSeconds, _) ? $", ratio to Hugo {count / commandSeconds / (count / hugoSeconds):0.00}" : "";
        Console.WriteLine($"  {count} documents, import command (whole process): {commandSeconds:0.00} s, {count / commandSeconds:0.0} documents/s{versus}, CPU {commandCpu:0.00} s, peak working set {commandWorkingSet:0.0} MB; its import loop alone {loopRate:0.0} documents/s");
    }
    if (Environment.GetEnvironmentVariable("BENCH_SQL") == "1") CommandCounter.Print();
    foreach (var refused in report.Refused.Take(5)) Console.WriteLine($"  refused: {refused}");
    return (workingSet, commandPeak);
}

static async Task<ServiceProvider> BuildStoreAsync(string dataDirectory)
{
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Cms:DataDirectory"] = dataDirectory,
        ["Cms:Database:Provider"] = "Sqlite",
    }).Build();
    var services = new ServiceCollection();
    services.AddLogging();
    services.AddSingleton<IConfiguration>(configuration);
    ModuleStartup[] modules = [new Cms.Data.Startup(), new Cms.ContentManagement.Startup(), new Cms.ContentFields.Startup(), new Cms.MarkdownImport.Startup()];
    foreach (var module in modules) module.ConfigureServices(services, configuration);
    services.AddDataMigration<Cms.Events.Migrations>();
    services.AddDataMigration<Cms.Thematiques.Migrations>();
    services.AddDataMigration<Cms.Partners.Migrations>();
    if (Environment.GetEnvironmentVariable("BENCH_SQL") == "1") Microsoft.Extensions.DependencyInjection.EntityFrameworkServiceCollectionExtensions.ConfigureDbContext<Cms.Data.SqliteCmsDbContext>(services, o => o.AddInterceptors(new CommandCounter()), Microsoft.Extensions.DependencyInjection.ServiceLifetime.Singleton);
    var provider = services.BuildServiceProvider();
    await using var scope = provider.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<IStoreInitializer>().InitializeAsync();
    await scope.ServiceProvider.GetRequiredService<IDataMigrationManager>().RunPendingAsync();
    return provider;
}

static string FindCorpus()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        var candidate = Path.Combine(directory.FullName, "shared", "corpus", "numerique.gouv.fr", "_evenements");
        if (Directory.Exists(candidate)) return candidate;
    }
    throw new InvalidOperationException("Corpus not found: pass --corpus <folder>.");
}
