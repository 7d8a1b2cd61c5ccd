using Cms.Abstractions.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.MarkdownImport.Tests;

/// <summary>The <c>import</c> command: arguments, report and exit codes (docs/contracts.md §6).</summary>
public sealed class ImportCommandTests : IAsyncLifetime
{
    private readonly SourceFolder source = new();
    private TestStore store = null!;

    public async Task InitializeAsync() => store = await ImportStore.CreateAsync();

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        source.Dispose();
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await store.InScopeAsync(sp =>
            sp.GetServices<ICommand>().Single(c => c.Name == "import").RunAsync(args, output, CancellationToken.None));
        return (exit, output.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("--dry-run")]
    [InlineData("/nonexistent/folder")]
    [InlineData("a b")]
    [InlineData("a --frobnicate")]
    [InlineData("a --media")]
    public async Task Usage_errors_exit_2(string commandLine)
    {
        var (exit, output) = await RunAsync(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("error: ", output);
    }

    [Fact]
    public async Task Everything_in_exits_0_with_progress_and_counts()
    {
        source.Write("a.markdown", SourceFolder.Event("A"));
        var (exit, output) = await RunAsync(source.Events);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("1/1 documents", output);
        Assert.Contains("doc/s", output);
        Assert.Contains("créés : 1, mis à jour : 0, inchangés : 0, refusés : 0.", output);
    }

    [Fact]
    public async Task Refused_documents_exit_1_each_named_with_line_and_reason()
    {
        source.Write("a.markdown", SourceFolder.Event("A"));
        source.Write("b.markdown", "---\ntitle: B\nevent_start_date: hier\n---\n");
        var (exit, output) = await RunAsync(source.Events, "--dry-run");
        Assert.Equal(ExitCodes.SomeRefused, exit);
        Assert.Contains("Essai à blanc", output);
        Assert.Contains("refusé : _evenements/b.markdown:3: date illisible pour « event_start_date » : « hier »", output);
        Assert.Empty(await store.CountsAsync());
    }

    [Fact]
    public async Task Missing_media_are_listed()
    {
        var media = Directory.CreateTempSubdirectory("cms-media").FullName;
        try
        {
            source.Write("a.markdown", SourceFolder.Event("A", "une-ou-diaporama:\n- image: /uploads/absente.png\n"));
            var (exit, output) = await RunAsync(source.Events, "--media", media);
            Assert.Equal(ExitCodes.Success, exit);
            Assert.Contains("manquant : uploads/absente.png (cité par _evenements/a.markdown)", output);
        }
        finally
        {
            Directory.Delete(media, recursive: true);
        }
    }
}
