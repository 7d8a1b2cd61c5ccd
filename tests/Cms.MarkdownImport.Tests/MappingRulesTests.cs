using Cms.Abstractions.Content;
using Cms.ContentFields.Fields;
using Cms.MarkdownImport.Mapping;
using Cms.MarkdownImport.Parsing;

namespace Cms.MarkdownImport.Tests;

/// <summary>The §5 rules the seed document does not exercise.</summary>
public sealed class MappingRulesTests
{
    private static MappedEvent Map(string frontMatter, string source = "_evenements/2024-01-02-Un évènement à Noël.markdown") =>
        EventMapper.Map(FrontMatterParser.Parse($"---\n{frontMatter}\n---\nCorps\n"), source, "hash");

    [Fact]
    public void Permalink_wins_without_its_slashes()
    {
        Assert.Equal("evenements/forum-2024", Map("title: T\npermalink: /evenements/forum-2024/").Path);
    }

    [Fact]
    public void The_file_name_slug_drops_the_date_prefix_and_folds_accents()
    {
        Assert.Equal("agenda/un-evenement-a-noel", Map("title: T").Path);
        Assert.Equal("agenda/atelier-histoire-s-dalgorithmes",
            Map("title: T", "_evenements/atelier-<<-histoire-s-dalgorithmes->>.markdown").Path);
    }

    [Fact]
    public void Published_false_is_a_draft_without_publication_date()
    {
        var mapped = Map("title: T\ndate: 2020-01-01 10:00:00 +01:00\npublished: false");
        Assert.False(mapped.Published);
        Assert.False(mapped.Item.Published);
        Assert.True(mapped.Item.Latest);
        Assert.Null(mapped.Item.PublishedUtc);
        Assert.Equal(new DateTime(2020, 1, 1, 9, 0, 0, DateTimeKind.Utc), mapped.Item.CreatedUtc);
    }

    [Theory]
    [InlineData("event_date: 2022-05-03 14:00:00 +02:00", "2022-05-03T12:00:00Z")]
    [InlineData("dateEvent: 2018-10-18 00:00:00 +02:00", "2018-10-17T22:00:00Z")]
    [InlineData("event_start_date: 2022-01-10 14:00:00", "2022-01-10T13:00:00Z")]
    [InlineData("event_start_date: 2022-07-10 14:00", "2022-07-10T12:00:00Z")]
    [InlineData("event_start_date: 2022-07-10", "2022-07-09T22:00:00Z")]
    [InlineData("event_start_date: 2022-07-10T14:00:00Z", "2022-07-10T14:00:00Z")]
    [InlineData("event_start_date: 2022-07-10 14:00:00 +0000", "2022-07-10T14:00:00Z")]
    public void Start_date_fallbacks_and_time_zones(string line, string expected)
    {
        var start = Map($"title: T\n{line}").Item.GetPart("Event")!["StartDate"]!["Value"]!.GetValue<string>();
        Assert.Equal(expected, start);
    }

    [Fact]
    public void Event_start_date_wins_over_the_fallbacks()
    {
        var start = Map("title: T\nevent_date: 2020-01-01\nevent_start_date: 2021-06-01 10:00:00 +02:00")
            .Item.GetPart("Event")!["StartDate"]!["Value"]!.GetValue<string>();
        Assert.Equal("2021-06-01T08:00:00Z", start);
    }

    [Fact]
    public void Absent_dates_stay_empty()
    {
        var part = Map("title: T").Item.GetPart("Event")!;
        Assert.Null(part["StartDate"]!["Value"]);
        Assert.Null(part["EndDate"]!["Value"]);
    }

    [Fact]
    public void Categorie_next_to_categories_are_both_kept_once()
    {
        var values = Map("title: T\ncategories:\n- Formation\n- Évènement\ncategorie: Évènement\n")
            .Item.GetField<MultiTextField>("Event", "Categories")!.Values;
        Assert.Equal(["Formation", "Évènement"], values);
        Assert.Equal(["Atelier"], Map("title: T\ncategorie: Atelier").Item.GetField<MultiTextField>("Event", "Categories")!.Values);
    }

    [Fact]
    public void Missing_alt_text_is_empty_and_order_is_kept()
    {
        var images = Map("title: T\nune-ou-diaporama:\n- image: /uploads/b.png\n- image: /uploads/a%C3%A9.png\n  alternative-textuelle: Deux")
            .Item.GetField<MediaField>("Event", "Images")!;
        Assert.Equal(["uploads/b.png", "uploads/aé.png"], images.Paths);
        Assert.Equal(["", "Deux"], images.MediaTexts);
    }

    [Fact]
    public void External_images_are_kept_in_the_front_matter_only_with_a_warning()
    {
        var mapped = Map("title: T\nune-ou-diaporama:\n- image: https://exemple.fr/a.png");
        Assert.Empty(mapped.Item.GetField<MediaField>("Event", "Images")!.Paths);
        Assert.Single(mapped.Warnings);
    }

    [Fact]
    public void Upload_links_in_the_body_are_recorded_as_media()
    {
        var mapped = EventMapper.Map(FrontMatterParser.Parse(
            "---\ntitle: T\n---\nVoir [le programme](/uploads/Programme%202024.pdf) et <img src=\"/uploads/x.png\">.\n"), "_e/x.md", "h");
        Assert.Equal(["uploads/Programme 2024.pdf", "uploads/x.png"], mapped.MediaPaths);
    }

    [Fact]
    public void Tags_are_distinct_by_slug()
    {
        Assert.Equal(["Design", "Tech"], Map("title: T\ntags:\n- Design\n- design\n- Tech\n- ''").Tags);
    }

    [Fact]
    public void Partners_may_be_names_or_mappings()
    {
        var partners = Map("title: T\npartenaires:\n- IGN\n- nom: Banque des Territoires\n  lien: https://www.banquedesterritoires.fr/").Partners;
        Assert.Equal([new PartnerReference("IGN", null), new PartnerReference("Banque des Territoires", "https://www.banquedesterritoires.fr/")], partners);
    }

    [Fact]
    public void Scalars_keep_their_yaml_types_in_the_front_matter_data()
    {
        var data = Map("title: T\nafficher_la_carte: true\ncount: 3\nratio: 1.5\nquoted: '12'\nempty:\nwhen: 2023-01-01").Item.As<FrontMatterPart>()!.Data!;
        Assert.True(data["afficher_la_carte"]!.GetValue<bool>());
        Assert.Equal(3, data["count"]!.GetValue<long>());
        Assert.Equal(1.5, data["ratio"]!.GetValue<double>());
        Assert.Equal("12", data["quoted"]!.GetValue<string>());
        Assert.True(data.ContainsKey("empty"));
        Assert.Null(data["empty"]);
        Assert.Equal("2023-01-01", data["when"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Communs & souveraineté", "communs-souverainete")]
    [InlineData("Œuvre  d'ÉTÉ!", "oeuvre-d-ete")]
    [InlineData("  --  ", "")]
    public void Slugs(string text, string slug) => Assert.Equal(slug, Slug.From(text));
}
