using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.MarkdownImport.Tests.Export;

/// <summary>The <c>export-markdown</c> command: where documents go, what is refused, exit codes.</summary>
public sealed class ExportMarkdownCommandTests : IAsyncLifetime
{
    private readonly SourceFolder source = new();
    private readonly ExportedSite.TempFolder exported = new();
    private TestStore store = null!;

    public async Task InitializeAsync() => store = await ImportStore.CreateAsync();

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        source.Dispose();
        exported.Dispose();
    }

    [Fact]
    public async Task Documents_go_to_their_source_paths_and_items_without_one_to_evenements()
    {
        source.Write("a.markdown", SourceFolder.Event("A"));
        source.Write("sous-dossier/2024-02-01-b.md", SourceFolder.Event("B"));
        await ExportedSite.ImportAsync(store, source.Events);
        await CreateEventAsync("Atelier « Données » 2025", sourcePath: null, created: new DateTime(2025, 1, 31, 23, 30, 0, DateTimeKind.Utc));

        var (exit, output) = await ExportedSite.ExportAsync(store, exported.Path);

        Assert.True(exit == ExitCodes.Success, output);
        Assert.Contains("Documents écrits dans", output);
        Assert.True(File.Exists(Path.Combine(exported.Path, "_evenements", "a.markdown")));
        Assert.True(File.Exists(Path.Combine(exported.Path, "_evenements", "sous-dossier", "2024-02-01-b.md")));
        // 23:30 UTC on 31 January is 1 February in Paris; the slug comes from the page address.
        var created = Path.Combine(exported.Path, "_evenements", "2025-02-01-atelier-donnees-2025.markdown");
        Assert.True(File.Exists(created), string.Join(", ", Directory.EnumerateFiles(exported.Path, "*", SearchOption.AllDirectories)));
        var text = await File.ReadAllTextAsync(created);
        Assert.StartsWith("---\ntitle: Atelier « Données » 2025\ndate: 2025-02-01T00:30:00+01:00\n", text);
        Assert.EndsWith("---\nCorps.\n", text);
        Assert.DoesNotContain("permalink", text);
    }

    [Theory]
    [InlineData("../dehors.markdown")]
    [InlineData("_evenements/../../dehors.markdown")]
    [InlineData("/tmp/dehors.markdown")]
    [InlineData("C:/dehors.markdown")]
    public async Task A_source_path_leaving_the_folder_refuses_the_item_by_name_and_writes_nothing_outside(string sourcePath)
    {
        source.Write("a.markdown", SourceFolder.Event("A"));
        await ExportedSite.ImportAsync(store, source.Events);
        var id = await CreateEventAsync("Évènement mal placé", sourcePath, created: new DateTime(2025, 3, 1, 10, 0, 0, DateTimeKind.Utc));
        var folder = Path.Combine(exported.Path, "export");

        var (exit, output) = await ExportedSite.ExportAsync(store, folder);

        Assert.Equal(ExitCodes.SomeRefused, exit);
        Assert.Contains($"refusé : « Évènement mal placé » ({id}) : chemin source", output);
        Assert.Contains("écrits dans", output);
        Assert.True(File.Exists(Path.Combine(folder, "_evenements", "a.markdown")));
        Assert.False(File.Exists(Path.Combine(exported.Path, "dehors.markdown")));
        Assert.Single(Directory.EnumerateFiles(exported.Path, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("--dry-run")]
    public async Task Usage_errors_exit_2(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var output = new StringWriter();
        var exit = await store.InScopeAsync(sp =>
            sp.GetServices<ICommand>().Single(c => c.Name == "export-markdown").RunAsync(args, output, CancellationToken.None));
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("usage: export-markdown", output.ToString());
    }

    private Task<string> CreateEventAsync(string title, string? sourcePath, DateTime created) => store.InScopeAsync(async sp =>
    {
        var manager = sp.GetRequiredService<IContentManager>();
        var item = await manager.NewAsync("Event");
        item.DisplayText = title;
        item.CreatedUtc = created;
        item.Apply(new TitlePart { Title = title });
        item.Apply(new AutoroutePart { Path = "agenda/atelier-donnees-2025-" + Guid.NewGuid().ToString("N")[..4] });
        if (sourcePath is null) item.Apply(new AutoroutePart { Path = "agenda/atelier-donnees-2025" });
        item.Apply(new MarkdownBodyPart { Markdown = "Corps.\n" });
        if (sourcePath is not null)
        {
            item.Part("FrontMatterPart")["SourcePath"] = sourcePath;
            item.Part("FrontMatterPart")["Data"] = new JsonObject { ["title"] = title };
        }
        return (await manager.CreateAsync(item, publish: true)).ContentItemId;
    });
}
