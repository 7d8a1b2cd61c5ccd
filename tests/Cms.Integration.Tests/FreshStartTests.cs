using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.ContentFields.Fields;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Integration.Tests;

/// <summary>What `dotnet run --project src/Cms.Web` does on a fresh clone: no setup step, the seed event is there.</summary>
public class FreshStartTests
{
    [Fact]
    public async Task The_first_start_runs_the_setup_recipe_and_the_seed_event_has_every_field()
    {
        using var site = new CmsSite();
        await using var app = await site.StartAsync();
        using var scope = app.Services.CreateScope();
        var seed = await FindSeedAsync(scope.ServiceProvider);

        Assert.Equal("La DINUM partenaire de Numérique en Commun[s] à Bordeaux", seed.DisplayText);
        Assert.True(seed.Published);
        Assert.Equal(new DateTime(2023, 7, 26, 12, 24, 0, DateTimeKind.Utc), seed.CreatedUtc);
        Assert.StartsWith("La DINUM est partenaire de Numérique en Commun[s]", seed.GetField<MarkdownField>("Event", "Lead")!.Markdown);
        Assert.Equal(new DateTime(2023, 10, 18, 7, 0, 0, DateTimeKind.Utc), seed.GetField<DateTimeField>("Event", "StartDate")!.Value);
        Assert.Equal(new DateTime(2023, 10, 20, 17, 0, 0, DateTimeKind.Utc), seed.GetField<DateTimeField>("Event", "EndDate")!.Value);
        Assert.Equal("Palais de la Bourse", seed.GetField<TextField>("Event", "Venue")!.Text);
        Assert.Equal("17 place de la Bourse 33076 Bordeaux", seed.GetField<TextField>("Event", "Address")!.Text);
        var images = seed.GetField<MediaField>("Event", "Images")!;
        Assert.True(await scope.ServiceProvider.GetRequiredService<Cms.Abstractions.Media.IMediaStore>().ExistsAsync(Assert.Single(images.Paths)),
            "the seed's image is copied into the media store by the setup recipe");
        Assert.StartsWith("La DINUM est co-programmatrice", Assert.Single(images.MediaTexts));
        Assert.Single(seed.GetField<ContentPickerField>("Event", "Themes")!.ContentItemIds);
        Assert.Equal(["Évènement"], seed.GetField<MultiTextField>("Event", "Categories")!.Values);
        var infoFields = seed.GetBagItems("InfoFields");
        Assert.Equal(new string?[] { "Horaires", "Comment y aller ?", "Modalités", "Inscription", "Inscription", "En savoir plus " },
            infoFields.Select(i => i.GetField<TextField>("InfoField", "Label")!.Text).ToArray());
        Assert.Equal("https://numerique-en-communs.fr/vous-inscrire-en-groupe/", infoFields[4].GetField<LinkField>("InfoField", "Link")!.Url);
        Assert.Contains("### Programme détaillé :", seed.As<MarkdownBodyPart>()!.Markdown);
        var frontMatter = seed.As<FrontMatterPart>()!;
        string[] seedKeys = ["title", "date", "categories", "tags", "chapeau-text", "une-ou-diaporama", "event_start_date",
            "event_end_date", "lieu", "adresse", "champs_informations"];
        Assert.All(seedKeys, key => Assert.True(frontMatter.Data!.ContainsKey(key), $"front matter key {key} kept"));
    }

    [Fact]
    public async Task Items_survive_a_restart_and_a_second_start_does_not_run_the_setup_recipe_again()
    {
        using var site = new CmsSite();
        string id;
        await using (var app = await site.StartAsync())
        {
            using var scope = app.Services.CreateScope();
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var theme = await content.NewAsync("Theme");
            theme.Apply(new TitlePart { Title = "Thématique ajoutée à la main" });
            id = (await content.CreateAsync(theme, publish: true)).ContentItemId;
        }
        int count;
        await using (var app = await site.StartAsync())
        {
            using var scope = app.Services.CreateScope();
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            Assert.Equal("Thématique ajoutée à la main", (await content.GetAsync(id))!.DisplayText);
            count = (await scope.ServiceProvider.GetRequiredService<IContentQuery>().CountByTypeAsync()).Values.Sum();
        }
        await using (var app = await site.StartAsync())
        {
            using var scope = app.Services.CreateScope();
            Assert.Equal(count, (await scope.ServiceProvider.GetRequiredService<IContentQuery>().CountByTypeAsync()).Values.Sum());
        }
    }

    [Fact]
    public async Task Export_writes_the_four_types_and_every_item_as_an_orchard_recipe()
    {
        using var site = new CmsSite();
        var file = Path.Combine(site.DataDirectory, "export.json");

        var exitCode = await site.RunCommandAsync("export", file);

        Assert.Equal(0, exitCode);
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsObject();
        var steps = recipe["steps"]!.AsArray();
        var definitions = steps.Single(s => (string?)s!["name"] == "ContentDefinition")!;
        var typeNames = definitions["ContentTypes"]!.AsArray().Select(t => (string?)t!["Name"]).ToList();
        Assert.Contains("Event", typeNames);
        Assert.Contains("Theme", typeNames);
        Assert.Contains("Partner", typeNames);
        Assert.Contains("InfoField", typeNames);
        var eventType = definitions["ContentTypes"]!.AsArray().Single(t => (string?)t!["Name"] == "Event")!;
        Assert.Equal("Évènement", (string?)eventType["DisplayName"]);
        Assert.Equal(new string?[] { "TitlePart", "AutoroutePart", "MarkdownBodyPart", "Event", "InfoFields", "FrontMatterPart" },
            eventType["ContentTypePartDefinitionRecords"]!.AsArray().Select(p => (string?)p!["Name"]).ToArray());
        var items = steps.Single(s => (string?)s!["name"] == "content")!["data"]!.AsArray();
        Assert.Contains(items, i => (string?)i!["DisplayText"] == "La DINUM partenaire de Numérique en Commun[s] à Bordeaux"
                                    && i["FrontMatterPart"] is JsonObject);
    }

    [Fact]
    public async Task An_unknown_command_or_missing_argument_is_a_usage_error()
    {
        using var site = new CmsSite();
        Assert.Equal(2, await site.RunCommandAsync("export"));
        Assert.Equal(2, await site.RunCommandAsync("import"));
    }

    private static async Task<ContentItem> FindSeedAsync(IServiceProvider services)
    {
        var query = services.GetRequiredService<IContentQuery>();
        var found = await query.ListAsync(new ContentListQuery { ContentType = "Event", Text = "Numérique en Commun[s] à Bordeaux" });
        return Assert.Single(found.Items);
    }
}
