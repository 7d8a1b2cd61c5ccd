using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Recipes;
using Cms.Abstractions.Settings;
using Cms.Recipes.Steps;

namespace Cms.Recipes.Tests;

public sealed class StepMergeTests
{
    private static T Parse<T>(string json) => JsonSerializer.Deserialize<T>(json, DefinitionJson.Options)!;

    [Fact]
    public void ContentDefinition_merges_into_an_existing_type_and_keeps_unknown_settings()
    {
        var record = new ContentDefinitionRecord();
        record.ContentTypes.Add(Parse<ContentTypeDefinitionRecord>("""
            { "Name": "Event", "DisplayName": "Évènement",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true }, "OurOwn": { "x": 1 } },
              "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } } ] }
            """));

        ContentDefinitionStep.MergeType(record, Parse<ContentTypeDefinitionRecord>("""
            { "name": "Event", "displayName": "",
              "settings": { "ContentTypeSettings": { "Listable": false, "Draftable": true }, "FutureSettings": { "Deep": { "A": [1, 2] } } },
              "contentTypePartDefinitionRecords": [
                { "partName": "TitlePart", "name": "TitlePart", "settings": { "TitlePartSettings": { "Options": 2 } } },
                { "partName": "BagPart", "name": "Gallery", "settings": { "BagPartSettings": { "ContainedContentTypes": ["Image"] } } } ] }
            """));

        var type = Assert.Single(record.ContentTypes);
        Assert.Equal("Évènement", type.DisplayName);
        var settings = type.Settings["ContentTypeSettings"]!;
        Assert.True((bool)settings["Creatable"]!);
        Assert.False((bool)settings["Listable"]!);
        Assert.True((bool)settings["Draftable"]!);
        Assert.Equal(1, (int)type.Settings["OurOwn"]!["x"]!);
        Assert.Equal(2, type.Settings["FutureSettings"]!["Deep"]!["A"]!.AsArray().Count);
        Assert.Equal(["TitlePart", "Gallery"], type.ContentTypePartDefinitionRecords.Select(p => p.Name));
        var title = type.ContentTypePartDefinitionRecords[0].Settings;
        Assert.Equal("0", (string)title["ContentTypePartSettings"]!["Position"]!);
        Assert.Equal(2, (int)title["TitlePartSettings"]!["Options"]!);
        Assert.Equal("BagPart", type.ContentTypePartDefinitionRecords[1].PartName);
    }

    [Fact]
    public void ContentDefinition_adds_fields_and_merges_existing_ones()
    {
        var record = new ContentDefinitionRecord();
        record.ContentParts.Add(Parse<ContentPartDefinitionRecord>("""
            { "Name": "Event", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Venue", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Lieu" } } } ] }
            """));
        ContentDefinitionStep.MergePart(record, Parse<ContentPartDefinitionRecord>("""
            { "Name": "Event", "Settings": { "ContentPartSettings": { "Attachable": true } },
              "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Venue", "Settings": { "TextFieldSettings": { "Hint": "Où ?" } } },
                { "FieldName": "NumericField", "Name": "Seats", "Settings": { "NumericFieldSettings": { "Scale": 0 } } } ] }
            """));
        var part = Assert.Single(record.ContentParts);
        Assert.True((bool)part.Settings["ContentPartSettings"]!["Attachable"]!);
        Assert.Equal(["Venue", "Seats"], part.ContentPartFieldDefinitionRecords.Select(f => f.Name));
        Assert.Equal("Lieu", (string)part.ContentPartFieldDefinitionRecords[0].Settings["ContentPartFieldSettings"]!["DisplayName"]!);
        Assert.Equal("Où ?", (string)part.ContentPartFieldDefinitionRecords[0].Settings["TextFieldSettings"]!["Hint"]!);
        Assert.Equal(0, (int)part.ContentPartFieldDefinitionRecords[1].Settings["NumericFieldSettings"]!["Scale"]!);
    }

    [Fact]
    public void Settings_step_sets_what_the_theme_needs_and_keeps_the_rest()
    {
        var settings = new SiteSettings();
        SettingsStep.Apply(settings, JsonNode.Parse("""
            { "name": "settings", "SiteName": "Agenda", "tagline": "Les rendez-vous", "TimeZoneId": "Europe/Paris", "PageSize": 12,
              "Navigation": [ { "Label": "Accueil", "Path": "/" }, { "label": "Agenda", "path": "/agenda" } ],
              "HomeRoute": { "Action": "Display" }, "UseCdn": true }
            """)!.AsObject());
        Assert.Equal("Agenda", settings.SiteName);
        Assert.Equal("Les rendez-vous", settings.Tagline);
        Assert.Equal(12, settings.PageSize);
        Assert.Equal([new NavigationLink("Accueil", "/"), new NavigationLink("Agenda", "/agenda")], settings.Navigation);
        Assert.Equal("""{"Action":"Display"}""", settings.Extra["HomeRoute"]);
        Assert.Equal("true", settings.Extra["UseCdn"]);
        Assert.False(settings.Extra.ContainsKey("name"));
    }

    [Theory]
    [InlineData("""{ "PageSize": "beaucoup" }""", "PageSize")]
    [InlineData("""{ "Navigation": [ { "Label": "Sans chemin" } ] }""", "Navigation[0]")]
    [InlineData("""{ "SiteName": { "a": 1 } }""", "SiteName")]
    public void Settings_step_names_the_bad_property(string json, string property)
    {
        var e = Assert.Throws<RecipeException>(() => SettingsStep.Apply(new SiteSettings(), JsonNode.Parse(json)!.AsObject()));
        Assert.Contains(property, e.Message);
    }

    [Fact]
    public void Content_step_reads_items_with_header_names_in_any_case_and_keeps_unknown_parts()
    {
        var items = ContentStep.ReadItems(JsonNode.Parse("""
            [ { "contentitemid": "abc", "ContentType": "BlogPost", "displayText": "Hello", "published": true, "latest": true,
                "MarkdownBodyPart": { "Markdown": "x" }, "Subtitle": { "Text": { "Text": "y" } }, "RatingPart": { "Stars": 4 } } ]
            """));
        var item = Assert.Single(items);
        Assert.Equal("abc", item.ContentItemId);
        Assert.Equal("Hello", item.DisplayText);
        Assert.True(item.Published);
        Assert.Equal(4, (int)item.GetPart("RatingPart")!["Stars"]!);
        Assert.Equal("y", (string)item.GetPart("Subtitle")!["Text"]!["Text"]!);
    }

    [Theory]
    [InlineData("""[ { "ContentType": "X" } ]""", "data[0].ContentItemId")]
    [InlineData("""[ { "ContentItemId": "a" } ]""", "data[0].ContentType")]
    [InlineData("""[ 1 ]""", "data[0]")]
    [InlineData("""{ "a": 1 }""", "data")]
    public void Content_step_names_the_bad_item(string json, string property)
    {
        var e = Assert.Throws<RecipeException>(() => ContentStep.ReadItems(JsonNode.Parse(json)));
        Assert.Contains(property, e.Message);
    }
}
