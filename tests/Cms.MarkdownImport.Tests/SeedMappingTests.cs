using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.ContentFields.Fields;
using Cms.MarkdownImport.Mapping;
using Cms.MarkdownImport.Parsing;

namespace Cms.MarkdownImport.Tests;

/// <summary>Every row of docs/contracts.md §5 on the reference event document (the copy bundled with the setup recipe).</summary>
public sealed class SeedMappingTests
{
    private const string SourcePath = "_evenements/2023-07-26-numerique-en-communs-bordeaux.markdown";
    private static readonly SourceFile File = SourceFile.FromBytes(System.IO.File.ReadAllBytes(RepositoryPaths.SeedCopy));
    private static readonly FrontMatterDocument Document = FrontMatterParser.Parse(File.Text);
    private static readonly MappedEvent Mapped = EventMapper.Map(Document, SourcePath, File.Hash);
    private static ContentItem Item => Mapped.Item;
    private static JsonObject Event => Item.GetPart("Event")!;

    [Fact]
    public void The_bundled_copy_is_the_seed_byte_for_byte()
    {
        Assert.Equal(System.IO.File.ReadAllBytes(RepositoryPaths.Seed), System.IO.File.ReadAllBytes(RepositoryPaths.SeedCopy));
    }

    [Fact]
    public void Title_goes_to_TitlePart_and_DisplayText()
    {
        Assert.Equal("La DINUM partenaire de Numérique en Commun[s] à Bordeaux", Item.As<TitlePart>()!.Title);
        Assert.Equal("La DINUM partenaire de Numérique en Commun[s] à Bordeaux", Item.DisplayText);
    }

    [Fact]
    public void Date_goes_to_CreatedUtc_and_PublishedUtc()
    {
        var expected = new DateTime(2023, 7, 26, 12, 24, 0, DateTimeKind.Utc);
        Assert.Equal(expected, Item.CreatedUtc);
        Assert.Equal(expected, Item.PublishedUtc);
        Assert.True(Item.Published);
        Assert.True(Item.Latest);
    }

    [Fact]
    public void Without_permalink_the_path_is_agenda_and_the_file_name_slug()
    {
        Assert.Equal("agenda/numerique-en-communs-bordeaux", Item.As<AutoroutePart>()!.Path);
        Assert.Equal(Item.As<AutoroutePart>()!.Path, Mapped.Path);
    }

    [Fact]
    public void Chapeau_goes_to_Lead()
    {
        Assert.Equal(
            "La DINUM est partenaire de Numérique en Commun[s] qui se tiendra du 18 au 20 octobre 2023 à Bordeaux. A ce titre, " +
            "elle présentera ses travaux portant sur les communs et le numérique d’intérêt général.",
            Event["Lead"]!["Markdown"]!.GetValue<string>());
    }

    [Fact]
    public void Start_and_end_dates_are_stored_in_UTC()
    {
        Assert.Equal("2023-10-18T07:00:00Z", Event["StartDate"]!["Value"]!.GetValue<string>());
        Assert.Equal("2023-10-20T17:00:00Z", Event["EndDate"]!["Value"]!.GetValue<string>());
    }

    [Fact]
    public void Lieu_and_adresse_go_to_Venue_and_Address()
    {
        Assert.Equal("Palais de la Bourse", Event["Venue"]!["Text"]!.GetValue<string>());
        Assert.Equal("17 place de la Bourse 33076 Bordeaux", Event["Address"]!["Text"]!.GetValue<string>());
    }

    [Fact]
    public void Images_are_url_decoded_store_paths_with_their_alt_texts()
    {
        var images = Item.GetField<MediaField>("Event", "Images")!;
        Assert.Equal(["uploads/1500-500-max bis.jpg"], images.Paths);
        Assert.Equal(["La DINUM est co-programmatrice du rendez-vous incontournable pour construire un numérique d'intérêt général"], images.MediaTexts);
        Assert.Contains("uploads/1500-500-max bis.jpg", Mapped.MediaPaths);
    }

    [Fact]
    public void Tags_are_named_for_the_Themes_picker_and_no_partner_is_named()
    {
        Assert.Equal(["Souveraineté"], Mapped.Tags);
        Assert.Empty(Mapped.Partners);
        var picked = Item.Clone();
        EventMapper.SetPicked(picked, "Themes", ["a", "a", "b"]);
        Assert.Equal(["a", "b"], picked.GetPart("Event")!["Themes"]!["ContentItemIds"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public void Categories_go_to_Categories_Values()
    {
        Assert.Equal(["Évènement"], Event["Categories"]!["Values"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public void Champs_informations_become_InfoField_items_in_order()
    {
        var fields = Item.GetBagItems("InfoFields");
        Assert.Equal(6, fields.Count);
        Assert.All(fields, f => Assert.Equal("InfoField", f.ContentType));
        Assert.Equal(["Horaires", "Comment y aller ?", "Modalités", "Inscription", "Inscription", "En savoir plus "],
            fields.Select(f => f.GetPart("InfoField")!["Label"]!["Text"]!.GetValue<string>()));
        var first = fields[0].GetPart("InfoField")!;
        Assert.Equal("9h - 19h", first["Content"]!["Markdown"]!.GetValue<string>());
        Assert.Null(first["Link"]);
        var withLink = fields[3].GetPart("InfoField")!;
        Assert.Equal("https://numerique-en-communs.fr/vous-inscrire/", withLink["Link"]!["Url"]!.GetValue<string>());
        Assert.Equal("S’inscrire seul", withLink["Link"]!["Text"]!.GetValue<string>());
        Assert.Equal(6, fields.Select(f => f.ContentItemId).Distinct().Count());
    }

    [Fact]
    public void The_body_is_kept_as_written()
    {
        var body = Item.As<MarkdownBodyPart>()!.Markdown!;
        var raw = File.Text;
        Assert.Equal(raw[(raw.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..], body);
        Assert.StartsWith("\nPartenaire de l’événement", body);
        Assert.EndsWith("[numerique-en-communs.fr](https://numerique-en-communs.fr/)", body);
    }

    [Fact]
    public void Every_key_is_kept_in_FrontMatterPart_with_the_source_path_and_hash()
    {
        var part = Item.As<FrontMatterPart>()!;
        Assert.Equal(SourcePath, part.SourcePath);
        Assert.Equal(File.Hash, part.SourceHash);
        Assert.Equal(64, part.SourceHash!.Length);
        Assert.Equal(
            ["title", "date", "categories", "tags", "chapeau-text", "une-ou-diaporama", "event_start_date", "event_end_date",
             "lieu", "adresse", "champs_informations"],
            part.Data!.Select(p => p.Key));
        Assert.Equal("2023-10-18 09:00:00 +02:00", part.Data!["event_start_date"]!.GetValue<string>());
        Assert.Equal("/uploads/1500-500-max%20bis.jpg", part.Data!["une-ou-diaporama"]![0]!["image"]!.GetValue<string>());
    }

    [Fact]
    public void The_id_is_derived_from_the_source_path_alone()
    {
        Assert.Equal(IdGenerator.FromSeed(SourcePath), Item.ContentItemId);
        var again = EventMapper.Map(FrontMatterParser.Parse(File.Text), SourcePath, "another hash");
        Assert.Equal(Item.ContentItemId, again.Item.ContentItemId);
        Assert.Equal(Item.GetBagItems("InfoFields").Select(i => i.ContentItemId), again.Item.GetBagItems("InfoFields").Select(i => i.ContentItemId));
    }
}
