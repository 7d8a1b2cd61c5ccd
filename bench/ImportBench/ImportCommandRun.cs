using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ImportBench;

/// <summary>
/// <c>--command &lt;Cms.Web.dll&gt;</c>: the real <c>import</c> command on the same documents, as an editor runs it
/// (<c>dotnet Cms.Web.dll import &lt;folder&gt;</c>, through <see cref="CommandsRuntime"/>, a fresh SQLite data directory): the whole process, from its start
/// (host, every module, store creation and migrations) to its exit, timed like Hugo's. Unlike the in-process run above
/// it has every module's content handlers (search index, caches, redirects, event checks…).
/// Also reads the command's own last progress line, the rate of its import loop alone. The dll may be a build's
/// (<c>src/Cms.Web/bin/Release/net10.0/Cms.Web.dll</c>) or a published site's, e.g. precompiled (ReadyToRun) as
/// deploy/cms.service publishes it. Its peak working set is the kernel's (<c>VmHWM</c> of its <c>/proc/&lt;pid&gt;/status</c>),
/// read every 20 ms until it exits: the process's own peak, where the in-process run's is that of the benchmark's process.
/// </summary>
internal static partial class ImportCommandRun
{
    public static (double Seconds, double? Cpu, double? LoopRate, double? PeakMegabytes)? Run(string webDll, string documents, string dataDirectory)
    {
        var start = new ProcessStartInfo("dotnet", [.. CommandsRuntime(webDll), webDll, $"--Cms:DataDirectory={dataDirectory}", "--Cms:Database:Provider=Sqlite",
            $"--Cms:ThemesPath={Path.Combine(Repository, "themes")}", $"--Cms:SetupRecipe={Path.Combine(Repository, "recipes", "dinum.recipe.json")}", "import", documents])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(webDll))!,
        };
        var cpu = HugoAnchor.ChildrenCpuSeconds();
        var clock = Stopwatch.StartNew();
        using var command = Process.Start(start)!;
        long? peak = null;
        var watcher = new Thread(() =>
        {
            while (!command.HasExited)
            {
                if (PeakOf(command.Id) is { } now) peak = Math.Max(peak ?? 0, now);
                Thread.Sleep(20);
            }
        }) { IsBackground = true, Name = "import command's peak memory" };
        watcher.Start();
        var errors = command.StandardError.ReadToEndAsync();
        var output = command.StandardOutput.ReadToEnd();
        command.WaitForExit();
        watcher.Join();
        clock.Stop();
        var cpuAfter = HugoAnchor.ChildrenCpuSeconds();
        if (command.ExitCode != 0)
        {
            Console.WriteLine($"  import command failed ({command.ExitCode}): {errors.Result.Trim()} {output[^Math.Min(output.Length, 400)..]}");
            return null;
        }
        var rates = Progress().Matches(output);
        double? loopRate = rates.Count > 0 ? double.Parse(rates[^1].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        return (clock.Elapsed.TotalSeconds, cpuAfter - cpu, loopRate, peak / 1048576.0);
    }

    /// <summary>
    /// <c>exec --runtimeconfig Cms.Web.commands.runtimeconfig.json</c> when the build has it, as operators are told to run
    /// commands (workstation GC, no tiered PGO; README, "For operators"); nothing for an older build.
    /// </summary>
    public static string[] CommandsRuntime(string webDll)
    {
        var config = Path.ChangeExtension(webDll, ".commands.runtimeconfig.json");
        return File.Exists(config) ? ["exec", "--runtimeconfig", config] : [];
    }

    /// <summary>The peak resident set of a running process (Linux: <c>VmHWM</c>); null elsewhere or once it has exited.</summary>
    private static long? PeakOf(int pid)
    {
        try
        {
            return PeakMemory.KernelPeak($"/proc/{pid}/status");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // The repository's themes and setup recipe, named on the command line: a published site (-o anywhere) has neither above it.
    private static string Repository { get; } = FindRepository();

    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "recipes", "dinum.recipe.json"))) return directory.FullName;
        }
        throw new InvalidOperationException($"No repository (recipes/dinum.recipe.json) above {AppContext.BaseDirectory}.");
    }

    // The command's progress lines: "  3000/3000 documents (812.3 doc/s)" (the rate in the current culture's format).
    [GeneratedRegex(@"\((\d+(?:[.,]\d+)?) doc/s\)")]
    private static partial Regex Progress();
}
