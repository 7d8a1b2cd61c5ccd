using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Cms.Testing;

/// <summary>
/// A throwaway <c>redis-server</c> on a free 127.0.0.1 port, nothing persisted, stopped on dispose. <c>.ci/run</c>
/// installs <c>redis-server</c>; without it the tests that need Redis are skipped locally and fail under CI.
/// </summary>
public sealed class TestRedis : IAsyncDisposable
{
    private readonly Process _process;

    private TestRedis(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The value of <c>ConnectionStrings:Redis</c>.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static string? ServerPath() =>
        new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);

    /// <summary>Why the Redis tests cannot run here (null when they can); throws under CI, as PostgreSQL does.</summary>
    public static string? Unavailable()
    {
        if (ServerPath() is not null) return null;
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            throw new InvalidOperationException("redis-server not found while CI is set: .ci/run must install it.");
        }
        return "redis-server not found: Redis tests skipped (apt-get install redis-server).";
    }

    public static async Task<TestRedis> StartAsync()
    {
        var server = ServerPath() ?? throw new InvalidOperationException(Unavailable());
        var port = FreePort();
        var start = new ProcessStartInfo(server)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no" })
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var redis = new TestRedis(process, port);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited) throw new InvalidOperationException($"redis-server exited with code {process.ExitCode} on port {port}.");
            if (await AnswersAsync(port)) return redis;
            await Task.Delay(50);
        }
        await redis.DisposeAsync();
        throw new InvalidOperationException($"redis-server did not answer on 127.0.0.1:{port} within 5 s.");
    }

    /// <summary>A loopback port nothing listens on (taken from the system, then released).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> AnswersAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return read >= 5 && System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
