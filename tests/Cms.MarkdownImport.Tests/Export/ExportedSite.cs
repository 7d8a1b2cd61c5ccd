using Cms.Abstractions.Content;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Recipes;
using Cms.MarkdownImport.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.MarkdownImport.Tests.Export;

/// <summary>Helpers of the Jekyll export tests: importing a folder, running <c>export-markdown</c>, reading every event.</summary>
public static class ExportedSite
{
    public static Task<RecipeReport> ImportAsync(TestStore store, string folder) =>
        store.InScopeAsync(sp => sp.GetRequiredService<MarkdownImporter>()
            .ImportAsync(new MarkdownImportOptions { Folder = folder }, TextWriter.Null, CancellationToken.None));

    public static async Task<(int Exit, string Output)> ExportAsync(TestStore store, string folder)
    {
        var output = new StringWriter();
        var exit = await store.InScopeAsync(sp =>
            sp.GetServices<ICommand>().Single(c => c.Name == "export-markdown").RunAsync([folder], output, CancellationToken.None));
        return (exit, output.ToString());
    }

    /// <summary>The latest version of every Event.</summary>
    public static Task<List<ContentItem>> EventsAsync(TestStore store) => store.InScopeAsync(async sp =>
    {
        var result = await sp.GetRequiredService<IContentQuery>().ListAsync(new ContentListQuery
        {
            ContentType = "Event",
            Status = ContentStatus.Latest,
            PageSize = 1000,
        });
        return result.Items.OrderBy(i => i.ContentItemId, StringComparer.Ordinal).ToList();
    });

    /// <summary>A temporary folder, deleted on dispose.</summary>
    public sealed class TempFolder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cms-export-md", Guid.NewGuid().ToString("N"));

        public TempFolder() => Directory.CreateDirectory(Path);

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
        }
    }
}
