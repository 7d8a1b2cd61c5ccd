using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Cms.Testing;

/// <summary>
/// A throwaway S3-compatible server (<c>s3rver</c>, from npm) on a free 127.0.0.1 port, with its own temporary
/// directory and one bucket, stopped on dispose. <c>.ci/run</c> installs it under <c>/opt/s3rver</c> (or set
/// <c>CMS_S3RVER</c> to its executable); without it the S3 tests are skipped locally and fail under CI.
/// </summary>
public sealed class TestS3 : IAsyncDisposable
{
    /// <summary>s3rver's fixed credentials.</summary>
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";
    public const string DefaultServerPath = "/opt/s3rver/node_modules/.bin/s3rver";

    private readonly string _directory;
    private Process _process;

    private TestS3(Process process, int port, string directory, string bucket)
    {
        _process = process;
        _directory = directory;
        Port = port;
        Bucket = bucket;
    }

    public int Port { get; }
    public string Bucket { get; }
    public string ServiceUrl => $"http://127.0.0.1:{Port}";

    /// <summary>The host arguments that put a site's media in this server's bucket.</summary>
    public string[] Arguments =>
    [
        "--Cms:Media:Provider=S3", $"--Cms:Media:S3:ServiceUrl={ServiceUrl}", $"--Cms:Media:S3:Bucket={Bucket}",
        $"--Cms:Media:S3:AccessKey={AccessKey}", $"--Cms:Media:S3:SecretKey={SecretKey}", "--Cms:Media:S3:PathStyle=true",
    ];

    public static string? ServerPath() =>
        new[] { Environment.GetEnvironmentVariable("CMS_S3RVER"), DefaultServerPath }.FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    /// <summary>Why the S3 tests cannot run here (null when they can); throws under CI, as PostgreSQL does.</summary>
    public static string? Unavailable()
    {
        if (ServerPath() is not null) return null;
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            throw new InvalidOperationException("s3rver not found while CI is set: .ci/run must install it into /opt/s3rver.");
        }
        return "s3rver not found: S3 tests skipped (npm install --prefix /opt/s3rver s3rver).";
    }

    public static async Task<TestS3> StartAsync(string bucket = "cms-media")
    {
        var directory = TestDirectory.NewPath("cms-s3rver");
        Directory.CreateDirectory(directory);
        var port = TestRedis.FreePort();
        var s3 = new TestS3(Launch(port, directory, bucket), port, directory, bucket);
        try
        {
            await s3.WaitAsync();
            return s3;
        }
        catch
        {
            await s3.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the server (its files stay): the store is down until <see cref="RestartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Starts the server again on the same port and directory.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        _process.Dispose();
        _process = Launch(Port, _directory, Bucket);
        await WaitAsync();
    }

    private static Process Launch(int port, string directory, string bucket)
    {
        var server = ServerPath() ?? throw new InvalidOperationException(Unavailable());
        var start = new ProcessStartInfo(server)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // s3rver 3.7 signs its listing continuation tokens with a cipher OpenSSL 3 keeps in its legacy provider.
        start.Environment["NODE_OPTIONS"] = "--openssl-legacy-provider";
        foreach (var arg in new[] { "-d", directory, "-a", "127.0.0.1", "-p", port.ToString(), "--silent", "--configure-bucket", bucket })
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("s3rver did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitAsync()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"s3rver exited with code {_process.ExitCode} on port {Port}.");
            if (await ListensAsync(Port)) return;
            await Task.Delay(50);
        }
        throw new InvalidOperationException($"s3rver did not answer on 127.0.0.1:{Port} within 10 s.");
    }

    private static async Task<bool> ListensAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        TestDirectory.Delete(_directory);
    }
}
