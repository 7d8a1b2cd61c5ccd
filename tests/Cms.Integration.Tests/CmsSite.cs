using Cms.Abstractions.Modules;
using Cms.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Integration.Tests;

/// <summary>The real program on a temporary data directory, driven in process like `dotnet run -- …` would be.</summary>
public sealed class CmsSite : IDisposable
{
    public string DataDirectory { get; } = TestDirectory.NewPath("cms-it");

    public string[] Args(params string[] extra) =>
        [$"--Cms:DataDirectory={DataDirectory}", "--Cms:Admin:Password=Test-Passw0rd!", .. extra];

    /// <summary>Builds the host, runs the start sequence, and returns it (not serving).</summary>
    public async Task<WebApplication> StartAsync(TextWriter? output = null)
    {
        var app = CmsHost.Build(Args());
        await CmsHost.InitializeAsync(app.Services, output ?? TextWriter.Null);
        return app;
    }

    /// <summary>Runs a command as the program would after `--`; returns its exit code.</summary>
    public async Task<int> RunCommandAsync(string name, params string[] args)
    {
        await using var app = await StartAsync();
        using var scope = app.Services.CreateScope();
        var command = scope.ServiceProvider.GetServices<ICommand>().Single(c => c.Name == name);
        return await command.RunAsync(args, TextWriter.Null, CancellationToken.None);
    }

    public void Dispose() => TestDirectory.Delete(DataDirectory);
}
