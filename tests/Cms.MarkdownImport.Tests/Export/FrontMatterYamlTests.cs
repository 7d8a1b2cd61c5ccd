using System.Text.Json.Nodes;
using Cms.MarkdownImport.Export;
using Cms.MarkdownImport.Parsing;

namespace Cms.MarkdownImport.Tests.Export;

/// <summary>YAML written by the export reads back, through the import's parser, as the same values.</summary>
public sealed class FrontMatterYamlTests
{
    [Fact]
    public void Values_that_yaml_would_read_otherwise_are_quoted_and_read_back_the_same()
    {
        var data = new JsonObject
        {
            ["title"] = "true",
            ["nombre"] = "12",
            ["decimal"] = "1.5",
            ["vide"] = "",
            ["tilde"] = "~",
            ["null-texte"] = "null",
            ["espaces"] = " avant et après ",
            ["deux-points"] = "Horaires : 9h: 18h # pas un commentaire",
            ["guillemets"] = "« citation » et \"anglais\" et 'simple'",
            ["multiligne"] = "ligne 1\nligne 2\n",
            ["tiret"] = "- pas une liste",
            ["date"] = "2023-07-26 14:24:00 +02:00",
            ["booléen"] = false,
            ["entier"] = 3,
            ["réel"] = 2.5,
            ["nul"] = null,
            ["liste"] = new JsonArray("a", new JsonObject { ["image"] = "/uploads/x%20y.jpg", ["alternative-textuelle"] = "" }),
            ["clé: étrange"] = "valeur",
        };

        var yaml = FrontMatterYaml.Write(data);
        var back = FrontMatterParser.Parse("---\n" + yaml + "---\ncorps").Data;

        Assert.Equal(data.Select(p => p.Key), back.Select(p => p.Key));
        foreach (var (key, value) in data)
        {
            Assert.True(JsonNode.DeepEquals(value, back[key]), $"« {key} » : {value?.ToJsonString()} relu {back[key]?.ToJsonString()}\n{yaml}");
        }
    }

    [Fact]
    public void Paris_dates_carry_the_offset_of_their_season()
    {
        Assert.Equal("2023-10-18T09:00:00+02:00", JekyllDocumentWriter.Local(new DateTime(2023, 10, 18, 7, 0, 0, DateTimeKind.Utc), Cms.Abstractions.Time.SiteClock.Default));
        Assert.Equal("2024-01-10T10:15:00+01:00", JekyllDocumentWriter.Local(new DateTime(2024, 1, 10, 9, 15, 0, DateTimeKind.Utc), Cms.Abstractions.Time.SiteClock.Default));
    }
}
