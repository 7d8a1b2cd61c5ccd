using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Modules;
using Cms.ContentFields.Fields;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.MarkdownImport.Tests.Export;

/// <summary>
/// The seed and every corpus document imported, exported with <c>export-markdown</c>, and the exported folder
/// imported into a fresh store: the same items with the same values and the same front matter come back.
/// </summary>
public sealed class JekyllRoundTripTests : IAsyncLifetime
{
    private const string SeedName = "2023-07-26-seed-numerique-en-communs.markdown";
    private readonly SourceFolder source = new();
    private readonly ExportedSite.TempFolder exported = new();
    private TestStore first = null!;
    private TestStore second = null!;

    public async Task InitializeAsync()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.CorpusEvents, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.CorpusEvents, file);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(source.Events, relative))!);
            File.Copy(file, Path.Combine(source.Events, relative));
        }
        File.Copy(RepositoryPaths.Seed, Path.Combine(source.Events, SeedName));
        first = await ImportStore.CreateAsync();
        second = await ImportStore.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        source.Dispose();
        exported.Dispose();
    }

    [Fact]
    public async Task Every_imported_event_comes_back_the_same_through_its_exported_document()
    {
        var imported = await ExportedSite.ImportAsync(first, source.Events);
        Assert.True(imported.Created > 70, $"créés : {imported.Created}");

        var (exit, output) = await ExportedSite.ExportAsync(first, exported.Path);
        Assert.True(exit == ExitCodes.Success, output);
        var before = await ExportedSite.EventsAsync(first);
        Assert.Contains($"écrits dans {exported.Path} : {before.Count}, refusés : 0.", output);
        foreach (var item in before)
        {
            var path = Path.Combine(exported.Path, item.As<FrontMatterPart>()!.SourcePath!);
            Assert.True(File.Exists(path), $"{path} manque");
        }
        Assert.True(File.Exists(Path.Combine(exported.Path, "_evenements", SeedName)));

        var again = await ExportedSite.ImportAsync(second, Path.Combine(exported.Path, "_evenements"));
        Assert.Empty(again.Refused);
        var after = (await ExportedSite.EventsAsync(second)).ToDictionary(i => i.ContentItemId);
        Assert.Equal(before.Count, after.Count);
        foreach (var item in before)
        {
            Assert.True(after.TryGetValue(item.ContentItemId, out var copy), $"{item.As<FrontMatterPart>()!.SourcePath} manque après le second import");
            AssertSameEvent(item, copy);
        }
    }

    [Fact]
    public async Task An_edited_event_exports_its_new_values_and_keeps_the_rest_of_its_front_matter()
    {
        var single = Path.Combine(source.Root, "single", "_evenements");
        Directory.CreateDirectory(single);
        File.Copy(RepositoryPaths.Seed, Path.Combine(single, SeedName));
        await ExportedSite.ImportAsync(first, single);
        var id = (await ExportedSite.EventsAsync(first)).Single().ContentItemId;

        await first.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var theme = await manager.NewAsync("Theme");
            theme.Apply(new TitlePart { Title = "Données & territoires" });
            theme.Apply(new AutoroutePart { Path = "thematiques/donnees-et-territoires" });
            theme.DisplayText = "Données & territoires";
            theme = await manager.CreateAsync(theme, publish: true);

            var item = (await manager.GetAsync(id, VersionOptions.Latest))!;
            item.Apply(new TitlePart { Title = "Numérique en Commun[s] : « true »" });
            item.DisplayText = "Numérique en Commun[s] : « true »";
            item.Apply(new AutoroutePart { Path = "agenda/nec-2023" });
            var ev = item.Part("Event");
            ev["StartDate"] = new JsonObject { ["Value"] = "2023-10-18T06:30:00Z" };
            ev["Venue"] = new JsonObject { ["Text"] = "true" };
            ev["Address"] = new JsonObject { ["Text"] = null };
            ev["Themes"] = new JsonObject { ["ContentItemIds"] = new JsonArray(theme.ContentItemId) };
            ev["Categories"] = new JsonObject { ["Values"] = new JsonArray("Atelier", "Évènement") };
            var infos = item.GetBagItems("InfoFields").Take(1).ToList();
            infos[0].Part("InfoField")["Content"] = new JsonObject { ["Markdown"] = "8h30 - 18h" };
            item.SetBagItems("InfoFields", infos);
            await manager.PublishAsync(item);
            return theme.ContentItemId;
        });

        var (exit, output) = await ExportedSite.ExportAsync(first, exported.Path);
        Assert.True(exit == ExitCodes.Success, output);
        var text = await File.ReadAllTextAsync(Path.Combine(exported.Path, "_evenements", SeedName));
        Assert.Contains("event_start_date: 2023-10-18T08:30:00+02:00", text);
        Assert.Contains("permalink: /agenda/nec-2023/", text);
        Assert.DoesNotContain("adresse:", text);
        Assert.Contains("- Données & territoires", text);
        Assert.DoesNotContain("Souveraineté", text);
        Assert.Contains("lieu: 'true'", text.Replace("\"true\"", "'true'"));

        var again = await ExportedSite.ImportAsync(second, Path.Combine(exported.Path, "_evenements"));
        Assert.Empty(again.Refused);
        var copy = (await ExportedSite.EventsAsync(second)).Single();
        Assert.Equal(id, copy.ContentItemId);
        Assert.Equal("Numérique en Commun[s] : « true »", copy.As<TitlePart>()!.Title);
        Assert.Equal("agenda/nec-2023", copy.As<AutoroutePart>()!.Path);
        var part = copy.GetPart("Event")!;
        Assert.Equal(new DateTime(2023, 10, 18, 6, 30, 0, DateTimeKind.Utc), copy.GetField<DateTimeField>("Event", "StartDate")!.Value);
        Assert.Equal("true", part["Venue"]!["Text"]!.GetValue<string>());
        Assert.Null(part["Address"]?["Text"]?.GetValue<string>());
        Assert.Equal(["Atelier", "Évènement"], copy.GetField<MultiTextField>("Event", "Categories")!.Values);
        var themeId = Assert.Single(copy.GetField<ContentPickerField>("Event", "Themes")!.ContentItemIds);
        Assert.Equal("Données & territoires", (await second.LatestAsync(themeId))!.DisplayText);
        var info = Assert.Single(copy.GetBagItems("InfoFields"));
        Assert.Equal("8h30 - 18h", info.GetField<MarkdownField>("InfoField", "Content")!.Markdown);
        // What the editor did not touch stays as the source wrote it: the end date, the image, the lead.
        var data = copy.As<FrontMatterPart>()!.Data!;
        Assert.Equal("2023-10-20 19:00:00 +02:00", data["event_end_date"]!.GetValue<string>());
        Assert.Equal("/uploads/1500-500-max%20bis.jpg", data["une-ou-diaporama"]![0]!["image"]!.GetValue<string>());
    }

    private static void AssertSameEvent(ContentItem expected, ContentItem actual)
    {
        var name = expected.As<FrontMatterPart>()!.SourcePath;
        Assert.Equal(expected.As<TitlePart>()!.Title, actual.As<TitlePart>()!.Title);
        Assert.Equal(expected.As<AutoroutePart>()!.Path, actual.As<AutoroutePart>()!.Path);
        Assert.Equal(expected.As<MarkdownBodyPart>()!.Markdown, actual.As<MarkdownBodyPart>()!.Markdown);
        Assert.Equal(expected.Published, actual.Published);
        Assert.True(JsonNode.DeepEquals(expected.GetPart("Event"), actual.GetPart("Event")),
            $"{name} : partie Event différente\n{expected.GetPart("Event")!.ToJsonString()}\n{actual.GetPart("Event")!.ToJsonString()}");
        Assert.True(JsonNode.DeepEquals(expected.GetPart("InfoFields"), actual.GetPart("InfoFields")), $"{name} : champs d'information différents");
        var before = expected.As<FrontMatterPart>()!.Data!;
        var after = actual.As<FrontMatterPart>()!.Data!;
        Assert.Equal(before.Select(p => p.Key), after.Select(p => p.Key));
        foreach (var (key, value) in before)
        {
            Assert.True(JsonNode.DeepEquals(value, after[key]), $"{name} : « {key} » {value?.ToJsonString()} devenu {after[key]?.ToJsonString()}");
        }
        if (before.ContainsKey("date")) Assert.Equal(expected.CreatedUtc, actual.CreatedUtc);
    }
}
