using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Cms.Bench;

/// <summary>One wrk run: requests per second, p99 latency in milliseconds and the number of requests.</summary>
public sealed record WrkResult(double RequestsPerSecond, double P99Milliseconds, long Requests, long Errors);

/// <summary>Runs the <c>wrk</c> load generator (Debian package <c>wrk</c>) and reads its summary.</summary>
public static partial class Wrk
{
    public static async Task<WrkResult> RunAsync(string url, int seconds, int connections = 32, int threads = 2, params string[] headers)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-t", threads.ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture),
                     "-d", $"{seconds}s", "--latency", "--timeout", "5s" }) start.ArgumentList.Add(a);
        foreach (var header in headers) { start.ArgumentList.Add("-H"); start.ArgumentList.Add(header); }
        start.ArgumentList.Add(url);
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception e) { throw new InvalidOperationException("wrk is not installed: apt-get install -y wrk", e); }
        using (process)
        {
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0) throw new InvalidOperationException($"wrk failed for {url}: {error}{output}");
            var rps = Number(RequestsPerSecond().Match(output), "Requests/sec", output);
            var p99 = Latency(P99().Match(output), output);
            var requests = long.Parse(RequestCount().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
            var errors = Non2xx().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            return new WrkResult(rps, p99, requests, errors);
        }
    }

    private static double Number(Match match, string what, string output) => match.Success
        ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
        : throw new InvalidOperationException($"wrk output without {what}:\n{output}");

    private static double Latency(Match match, string output)
    {
        var value = Number(match, "a 99% latency", output);
        return match.Groups[2].Value switch { "us" => value / 1000, "ms" => value, "s" => value * 1000, _ => value * 60_000 };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")] private static partial Regex RequestsPerSecond();
    [GeneratedRegex(@"^\s+99%\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline)] private static partial Regex P99();
    [GeneratedRegex(@"(\d+) requests in")] private static partial Regex RequestCount();
    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")] private static partial Regex Non2xx();
}
