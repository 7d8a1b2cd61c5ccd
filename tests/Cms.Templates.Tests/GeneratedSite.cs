using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Cms.Testing;

namespace Cms.Templates.Tests;

/// <summary>
/// A temporary copy of the repository (what a build and a start need: the props files, <c>src/</c>, <c>themes/</c>,
/// <c>recipes/</c>, <c>tests/Cms.Testing</c>), in which <c>dotnet new cms-module -n Acme.Faq</c> and
/// <c>dotnet new cms-theme -n Acme</c> (templates installed from this repository into a private hive) wrote a module
/// and a theme; the host built there, and running on loopback (SQLite in the copy, the Acme theme selected).
/// The build outputs of the suite's projects (bin/, obj/) are copied with their times, so that the copy's build
/// compiles what the templates added and reuses the rest when it can; it rebuilds whatever it must.
/// </summary>
public sealed partial class GeneratedSite : IAsyncLifetime
{
    public const string Password = "Templates-Passw0rd!";
    /// <summary>A guard against a hung command, far above what a build takes (about two minutes on two idle cores).</summary>
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(15);
    private static readonly string[] CopiedFiles = ["Directory.Build.props", "Directory.Packages.props", "NuGet.config"];
    private static readonly string[] CopiedFolders = ["src", "themes", "recipes", Path.Combine("tests", "Cms.Testing")];
    private static readonly HashSet<string> SkippedFolders = new(["node_modules", "App_Data", "TestResults", "bin", "obj"], StringComparer.Ordinal);

    private readonly string _root = TestDirectory.NewPath("cms-templates");
    private Process? _host;
    private readonly StringBuilder _hostOutput = new();

    /// <summary>The copy of the repository the templates wrote into.</summary>
    public string Copy => Path.Combine(_root, "repo");
    public string ModuleDirectory => Path.Combine(Copy, "src", "Modules", "Acme.Faq");
    public string ThemeDirectory => Path.Combine(Copy, "themes", "Acme");
    public string BaseUrl { get; private set; } = "";
    /// <summary>What <c>dotnet test</c> printed for the generated module's own test project, and its exit code.</summary>
    public (int ExitCode, string Output) ModuleTests { get; private set; }

    public string HostOutput
    {
        get { lock (_hostOutput) return _hostOutput.ToString(); }
    }

    public async Task InitializeAsync()
    {
        var repository = Path.GetDirectoryName(TestDirectory.FindRepositoryFile("Cms.sln"))!;
        foreach (var file in CopiedFiles) CopyFile(Path.Combine(repository, file), Path.Combine(Copy, file));
        CopyFile(Path.Combine(repository, "tests", "Directory.Build.props"), Path.Combine(Copy, "tests", "Directory.Build.props"));
        foreach (var folder in CopiedFolders) CopyFolder(Path.Combine(repository, folder), Path.Combine(Copy, folder));

        var hive = Path.Combine(_root, "hive");
        await DotnetProcess.RunOrFailAsync(_root, CommandTimeout, "new", "install", Path.Combine(repository, "templates", "cms-module"), "--debug:custom-hive", hive);
        await DotnetProcess.RunOrFailAsync(_root, CommandTimeout, "new", "install", Path.Combine(repository, "templates", "cms-theme"), "--debug:custom-hive", hive);
        await DotnetProcess.RunOrFailAsync(Copy, CommandTimeout, "new", "cms-module", "-n", "Acme.Faq", "-o", ModuleDirectory, "--debug:custom-hive", hive);
        await DotnetProcess.RunOrFailAsync(Copy, CommandTimeout, "new", "cms-theme", "-n", "Acme", "-o", ThemeDirectory, "--debug:custom-hive", hive);

        // The host, with every module under src/Modules (the generated one among them) referenced by wildcard.
        await DotnetProcess.RunOrFailAsync(Copy, CommandTimeout, "build", Path.Combine("src", "Cms.Web"), "-p:SkipDsfrAssets=true",
            "-nodeReuse:false", "-v:q", "-nologo");
        ModuleTests = await DotnetProcess.RunAsync(Copy, CommandTimeout, "test", Path.Combine(ModuleDirectory, "Tests"), "-p:SkipDsfrAssets=true",
            "-nodeReuse:false", "-nologo");
        await StartHostAsync();
    }

    private async Task StartHostAsync()
    {
        var web = Path.Combine(Copy, "src", "Cms.Web");
        var program = Directory.EnumerateFiles(Path.Combine(web, "bin"), "Cms.Web.dll", SearchOption.AllDirectories).Single();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     program, "--urls", "http://127.0.0.1:0", "--environment", "Production", $"--Cms:DataDirectory={Path.Combine(_root, "data")}",
                     "--Cms:Admin:UserName=admin", $"--Cms:Admin:Password={Password}", "--Cms:Admin:SecureCookies=false",
                     "--Cms:SiteTheme=Acme", $"--Cms:SetupRecipe={Path.Combine(Copy, "recipes", "dinum.recipe.json")}",
                 })
        {
            start.ArgumentList.Add(argument);
        }
        DotnetProcess.Prepare(start);
        _host = Process.Start(start)!;
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(string? line)
        {
            if (line is null) return;
            lock (_hostOutput) _hostOutput.AppendLine(line);
            if (ListeningPattern().Match(line) is { Success: true } match) listening.TrySetResult(match.Groups[1].Value);
        }
        _host.OutputDataReceived += (_, e) => Read(e.Data);
        _host.ErrorDataReceived += (_, e) => Read(e.Data);
        _host.BeginOutputReadLine();
        _host.BeginErrorReadLine();
        _ = _host.WaitForExitAsync().ContinueWith(_ => listening.TrySetException(new InvalidOperationException($"The host stopped:\n{HostOutput}")), TaskScheduler.Default);
        // The first start runs the setup recipe (the sample events): seconds on an idle machine, minutes on a busy one.
        BaseUrl = await listening.Task.WaitAsync(TimeSpan.FromMinutes(5));
    }

    /// <summary>A browser-like client of the running host: cookies kept, redirects not followed.</summary>
    public HttpClient Client() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(BaseUrl) };

    private static void CopyFile(string source, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target);
        File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(source));
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source)) CopyFile(file, Path.Combine(target, Path.GetFileName(file)));
        foreach (var folder in Directory.EnumerateDirectories(source))
        {
            if (!SkippedFolders.Contains(Path.GetFileName(folder))) CopyFolder(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }

    public async Task DisposeAsync()
    {
        if (_host is { HasExited: false })
        {
            _host.Kill(entireProcessTree: true);
            await _host.WaitForExitAsync();
        }
        _host?.Dispose();
        TestDirectory.Delete(_root);
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningPattern();
}
