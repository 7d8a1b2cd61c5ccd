using System.Net;
using System.Text;
using Cms.Abstractions.Content;
using Cms.Abstractions.Display;
using Cms.Abstractions.Transfer;
using Cms.Admin.Tests.Support;
using Cms.MarkdownImport.Mapping;
using Cms.MarkdownImport.Parsing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Cms.Admin.Tests.Hardening;

/// <summary>
/// Issue 16, proof: generated Jekyll documents (random front matter, Markdown, raw HTML, Liquid tags, Kramdown
/// attributes, control characters, YAML aliases) through the whole path. 10,000 documents are parsed, mapped and their
/// bodies rendered in process; a batch of them is imported for real and served (its pages, the agenda, the feed and
/// the calendars). No exception other than a named refusal, no 5xx. The seed is printed; CI uses a fixed one so that its
/// result is reproducible, and <c>CMS_FUZZ_SEED</c> picks another (<c>random</c> draws one) to explore further.
/// </summary>
public sealed class FuzzImportRenderFeedTests(AdminSite site, ITestOutputHelper output) : IClassFixture<AdminSite>
{
    private const int InProcessDocuments = 10_000;
    private const int ImportedDocuments = 150;

    [Fact]
    public async Task Fuzz_generated_documents_through_import_render_and_feeds()
    {
        var seed = Environment.GetEnvironmentVariable("CMS_FUZZ_SEED") switch
        {
            null or "" => 20261206,
            "random" => Random.Shared.Next(),
            var text => int.Parse(text),
        };
        output.WriteLine($"fuzz seed: {seed} (replay with CMS_FUZZ_SEED={seed})");
        var random = new Random(seed);
        var markdown = site.App.Services.GetRequiredService<IMarkdownService>();

        var (mapped, refused) = (0, 0);
        var reasons = new Dictionary<string, int>();
        for (var i = 0; i < InProcessDocuments; i++)
        {
            var document = DocumentGenerator.Generate(random, i);
            try
            {
                var file = SourceFile.FromBytes(Encoding.UTF8.GetBytes(document));
                var parsed = FrontMatterParser.Parse(file.Text);
                EventMapper.Map(parsed, $"_evenements/fuzz-{i}.markdown", file.Hash);
                markdown.ToHtml(parsed.Body);
                markdown.ToPlainText(parsed.Body);
                mapped++;
            }
            catch (DocumentRefusedException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Reason), $"document {i} (seed {seed}) refused without a reason");
                refused++;
                var key = e.Reason.Length > 50 ? e.Reason[..50] : e.Reason;
                reasons[key] = reasons.GetValueOrDefault(key) + 1;
            }
            catch (Exception e)
            {
                Assert.Fail($"document {i} (seed {seed}) crashed with {e.GetType().Name}: {e.Message}\n{document[..Math.Min(document.Length, 2000)]}");
            }
        }
        output.WriteLine($"in process: {InProcessDocuments} documents, {mapped} mapped and rendered, {refused} refused with a reason");
        foreach (var (reason, count) in reasons.OrderByDescending(r => r.Value).Take(5)) output.WriteLine($"  {count} × {reason}…");
        // Most generated documents are refused (hostile YAML on purpose); at least one in twenty must go all the way
        // through mapping and rendering, so that those stages are exercised too.
        Assert.True(mapped >= InProcessDocuments / 20, $"only {mapped} documents were mapped: the generator no longer exercises rendering");

        var folder = Path.Combine(site.DataDirectory, "fuzz-" + seed);
        var events = Path.Combine(folder, "_evenements");
        Directory.CreateDirectory(events);
        for (var i = 0; i < ImportedDocuments; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(events, $"fuzz-{i}.markdown"), DocumentGenerator.Generate(random, i));
        }
        var log = new StringWriter();
        var report = await site.ContentAsync(async (_, services) => await services.GetRequiredService<IMarkdownFolderImporter>()
            .ImportFolderAsync(new MarkdownFolderImport { Folder = folder, SourceRoot = folder }, log));
        output.WriteLine($"imported: created {report.Created}, updated {report.Updated}, refused {report.Refused.Count}");
        Assert.All(report.Refused, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason), $"{r.Path} refused without a reason"));
        Assert.True(report.Created > 0, log.ToString());

        using var client = new AdminClient(site.Server);
        var urls = new List<string> { "/", "/agenda", "/agenda/passes", "/feed.xml", "/sitemap.xml", "/agenda.ics" };
        for (var i = 0; i < ImportedDocuments; i++)
        {
            var id = EventMapper.ItemId($"_evenements/fuzz-{i}.markdown");
            var item = await site.PublishedAsync(id);
            if (item?.As<AutoroutePart>()?.Path is { Length: > 0 } path)
            {
                urls.Add("/" + path.TrimStart('/'));
                urls.Add("/" + path.TrimStart('/') + ".ics");
            }
        }
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode} (seed {seed})");
        }
        output.WriteLine($"served: {urls.Count} addresses, none answered 5xx");
    }
}

/// <summary>Random Jekyll event documents: mostly plausible, with hostile pieces mixed in.</summary>
internal static class DocumentGenerator
{
    private static readonly string[] Words = ["numérique", "commun", "Bordeaux", "atelier", "inclusion", "État", "données", "<b>gras</b>", "l'été", "«citation»", "🙂", "a&b", "\u000B", "\u0000", "\u200B", "\\", "\"", "'", ":", "#", "- ", "{{ page.title }}", "{% raw %}", "%", "*", "_", "`"];
    private static readonly string[] Keys = ["title", "date", "event_start_date", "event_end_date", "event_date", "lieu", "adresse", "tags", "themes", "partenaires", "image", "redirect_from", "published", "description", "inconnu", "layout", "permalink"];

    public static string Generate(Random random, int index)
    {
        var builder = new StringBuilder();
        if (random.Next(40) != 0) builder.Append("---\n");
        builder.Append("title: ").Append(Scalar(random, index)).Append('\n');
        var count = random.Next(2, 9);
        for (var i = 0; i < count; i++)
        {
            var key = Keys[random.Next(Keys.Length)];
            if (key == "title") continue;
            builder.Append(key).Append(": ").Append(Value(random, key, 0)).Append('\n');
        }
        if (random.Next(30) == 0) builder.Append("a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n");
        if (random.Next(50) != 0) builder.Append("---\n");
        var blocks = random.Next(0, 8);
        for (var i = 0; i < blocks; i++) builder.Append(Block(random)).Append("\n\n");
        return builder.ToString();
    }

    private static string Scalar(Random random, int index) => random.Next(6) switch
    {
        0 => $"\"Évènement {index} {Word(random)}\"",
        1 => $"'{Word(random)} {index}'",
        2 => $"Titre {index} {Word(random)} {Word(random)}",
        3 => "",
        4 => new string('x', random.Next(1, 400)),
        _ => $"Rencontre {index}",
    };

    private static string Value(Random random, string key, int depth) => key switch
    {
        "date" or "event_start_date" or "event_end_date" or "event_date" => random.Next(5) switch
        {
            0 => $"{random.Next(1990, 2040)}-{random.Next(0, 14):00}-{random.Next(0, 33):00} {random.Next(0, 25):00}:{random.Next(0, 61):00}:00 +0{random.Next(0, 3)}:00",
            1 => $"{random.Next(2000, 2030)}-{random.Next(1, 13):00}-{random.Next(1, 29):00}",
            2 => Word(random),
            3 => "2027-03-28 02:30:00 +01:00",
            _ => $"{random.Next(2020, 2030)}-0{random.Next(1, 10)}-1{random.Next(0, 9)} 10:00:00 +02:00",
        },
        "tags" or "themes" or "partenaires" or "redirect_from" => depth > 3 || random.Next(3) == 0
            ? Word(random)
            : "[" + string.Join(", ", Enumerable.Range(0, random.Next(0, 5)).Select(_ => random.Next(4) == 0 ? Value(random, key, depth + 1) : $"\"{Word(random).Replace("\"", "")}\"")) + "]",
        "published" => random.Next(4) == 0 ? "false" : "true",
        "image" => random.Next(3) == 0 ? "../../etc/passwd" : $"/uploads/{Word(random).Replace(' ', '-')}.jpg",
        _ => random.Next(4) == 0 ? $"\"{Word(random).Replace("\"", "\\\"")}\"" : $"{Word(random)} {Word(random)}".Replace(": ", " "),
    };

    private static string Word(Random random) => Words[random.Next(Words.Length)];

    private static string Block(Random random) => random.Next(12) switch
    {
        0 => "## " + Word(random) + " {#ancre}",
        1 => "- [ ] " + Word(random) + "\n- [x] " + Word(random),
        2 => "<div class=\"x\" id=\"main\"><p onclick=\"alert(1)\">" + Word(random) + "</p></div>",
        3 => string.Concat(Enumerable.Repeat("<div>", random.Next(1, 300))) + Word(random),
        4 => "{% include " + Word(random) + ".html %}{{ site.data }}{% if x %}",
        5 => "[lien](javascript:alert(1)) [ici](" + Word(random) + ") ![](/uploads/x.png)",
        6 => "{: .fr-callout #id style=\"x\"}\n> " + Word(random),
        7 => "| a | b |\n|---|---|\n| " + Word(random) + " | " + Word(random) + " |",
        8 => "<iframe src=\"https://www.youtube.com/embed/x\"></iframe><script>alert(1)</script><form><input name=a></form>",
        9 => "```\n" + Word(random) + "\n```\n`" + Word(random),
        10 => string.Concat(Enumerable.Repeat("{% ", random.Next(1, 50))) + "*" + Word(random) + "*",
        _ => string.Join(' ', Enumerable.Range(0, random.Next(1, 60)).Select(_ => Word(random))),
    };
}
