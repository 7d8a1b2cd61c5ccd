using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ImportBench;

/// <summary>
/// <c>--command &lt;Cms.Web.dll&gt;</c>: the real <c>import</c> command on the same documents, as an editor runs it
/// (<c>dotnet Cms.Web.dll import &lt;folder&gt;</c>, a fresh SQLite data directory): the whole process, from its start
/// (host, every module, store creation and migrations) to its exit, timed like Hugo's. Unlike the in-process run above
/// it has every module's content handlers (search index, caches, redirects, event checks…) and the host's server GC.
/// Also reads the command's own last progress line, the rate of its import loop alone.
/// </summary>
internal static partial class ImportCommandRun
{
    public static (double Seconds, double? Cpu, double? LoopRate)? Run(string webDll, string documents, string dataDirectory)
    {
        var start = new ProcessStartInfo("dotnet", [webDll, $"--Cms:DataDirectory={dataDirectory}", "--Cms:Database:Provider=Sqlite", "import", documents])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(webDll))!,
        };
        var cpu = HugoAnchor.ChildrenCpuSeconds();
        var clock = Stopwatch.StartNew();
        using var command = Process.Start(start)!;
        var errors = command.StandardError.ReadToEndAsync();
        var output = command.StandardOutput.ReadToEnd();
        command.WaitForExit();
        clock.Stop();
        var cpuAfter = HugoAnchor.ChildrenCpuSeconds();
        if (command.ExitCode != 0)
        {
            Console.WriteLine($"  import command failed ({command.ExitCode}): {errors.Result.Trim()} {output[^Math.Min(output.Length, 400)..]}");
            return null;
        }
        var rates = Progress().Matches(output);
        double? loopRate = rates.Count > 0 ? double.Parse(rates[^1].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        return (clock.Elapsed.TotalSeconds, cpuAfter - cpu, loopRate);
    }

    // The command's progress lines: "  3000/3000 documents (812.3 doc/s)" (the rate in the current culture's format).
    [GeneratedRegex(@"\((\d+(?:[.,]\d+)?) doc/s\)")]
    private static partial Regex Progress();
}
