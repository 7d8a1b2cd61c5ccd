using System.Diagnostics;
using Cms.Abstractions.Time;
using Cms.MarkdownImport.Mapping;
using Cms.MarkdownImport.Parsing;

namespace ImportBench;

/// <summary>
/// <c>--stages</c>: the import's parsing stages timed one after the other on one thread, without the pipeline or the
/// store: reading the files (with the UTF-8 and size checks and the hash), the front matter's YAML, the mapping to an
/// item, and the item's JSON. A profile of the whole import blames native frames for time they spend waiting (a
/// thread suspended for a collection shows inside whatever native call it was in); these are wall-clock figures.
/// </summary>
internal static class Stages
{
    public static void Print(string folder)
    {
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray();
        var sources = new SourceFile[files.Length];
        var documents = new FrontMatterDocument[files.Length];
        var mapped = new MappedEvent?[files.Length];
        var read = Time(() => { for (var i = 0; i < files.Length; i++) sources[i] = SourceFile.ReadAsync(files[i], CancellationToken.None).GetAwaiter().GetResult(); });
        var parse = Time(() => { for (var i = 0; i < files.Length; i++) documents[i] = FrontMatterParser.Parse(sources[i].Text); });
        var map = Time(() =>
        {
            for (var i = 0; i < files.Length; i++)
            {
                try
                {
                    mapped[i] = EventMapper.Map(documents[i], "_evenements/" + Path.GetFileName(files[i]), sources[i].Hash, SiteClock.Default);
                }
                catch (DocumentRefusedException)
                {
                    mapped[i] = null;
                }
            }
        });
        var json = Time(() => { foreach (var m in mapped) m?.Item.ToJsonString(); });
        Console.WriteLine($"  stages, one thread, {files.Length} documents: read {read:0} ms, YAML {parse:0} ms, map {map:0} ms, item JSON {json:0} ms");
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }
}
