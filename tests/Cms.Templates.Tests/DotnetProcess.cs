using System.Diagnostics;
using System.Text;

namespace Cms.Templates.Tests;

/// <summary>Runs the <c>dotnet</c> command line with bounded time; leaves no MSBuild node behind (the compiler server, shared with other builds, stops by itself when idle).</summary>
public static class DotnetProcess
{
    /// <summary>Environment of every command: no telemetry, no first-run work, and the private template hive.</summary>
    public static void Prepare(ProcessStartInfo start)
    {
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
    }

    /// <summary>Runs <c>dotnet {arguments}</c> in <paramref name="directory"/>; returns its exit code and output (stdout then stderr).</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string directory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Prepare(start);
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (-1, $"dotnet {string.Join(' ', arguments)}: stopped after {timeout.TotalMinutes} min.\n{await stdout}\n{await stderr}");
        }
        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, output.ToString());
    }

    /// <summary>Runs <c>dotnet {arguments}</c> and fails the test, with the command's output, unless it exits with 0.</summary>
    public static async Task<string> RunOrFailAsync(string directory, TimeSpan timeout, params string[] arguments)
    {
        var (exitCode, output) = await RunAsync(directory, timeout, arguments);
        Assert.True(exitCode == 0, $"dotnet {string.Join(' ', arguments)} exited with {exitCode}:\n{output}");
        return output;
    }
}
