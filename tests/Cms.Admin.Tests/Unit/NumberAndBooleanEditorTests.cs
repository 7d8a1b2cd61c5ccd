using System.Text.Json.Nodes;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Editing;
using Cms.ContentFields.Editors;
using Cms.ContentFields.Fields;

namespace Cms.Admin.Tests.Unit;

/// <summary>The editors of the new stock kinds: numbers typed the French way or not, checked against their settings; checkboxes.</summary>
public class NumberAndBooleanEditorTests
{
    private static EditorElement Element<T>(string kind, T settings) where T : class => new()
    {
        Kind = kind, View = "", Prefix = "Produit.Champ", PartName = "Produit", FieldName = "Champ", Label = "Prix",
        Settings = new JsonObject().Merge(settings),
    };

    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData("1 234,75", 1234.75)]
    [InlineData("-3", -3)]
    public async Task A_number_is_read_with_a_comma_or_a_point(string typed, double expected)
    {
        var target = new JsonObject();
        var context = ParisTimeTests.Context(("Produit.Champ.Value", typed));
        await new NumericFieldEditor().UpdateAsync(Element("NumericField", new NumericFieldSettings { Scale = 2 }), context, target);
        Assert.Empty(context.Errors);
        Assert.Equal((decimal)expected, target["Value"]!.GetValue<decimal>());
    }

    [Theory]
    [InlineData("douze", "« Prix » : « douze » n'est pas un nombre.")]
    [InlineData("1e3", "« Prix » : « 1e3 » n'est pas un nombre.")]
    [InlineData("2,555", "« Prix » accepte au plus 2 décimales.")]
    [InlineData("-1", "« Prix » doit être supérieur ou égal à 0.")]
    [InlineData("1000,5", "« Prix » doit être inférieur ou égal à 999,99.")]
    public async Task A_refused_number_names_the_field_and_keeps_the_stored_value(string typed, string message)
    {
        var target = new JsonObject { ["Value"] = 7 };
        var context = ParisTimeTests.Context(("Produit.Champ.Value", typed));
        var settings = new NumericFieldSettings { Scale = 2, Minimum = 0, Maximum = 999.99m };
        await new NumericFieldEditor().UpdateAsync(Element("NumericField", settings), context, target);
        Assert.Equal(message, Assert.Single(context.Errors).Message);
        Assert.Equal(7, target["Value"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_whole_number_field_refuses_decimals_and_a_required_one_refuses_blank()
    {
        var whole = ParisTimeTests.Context(("Produit.Champ.Value", "1,5"));
        await new NumericFieldEditor().UpdateAsync(Element("NumericField", new NumericFieldSettings()), whole, new JsonObject());
        Assert.Equal("« Prix » doit être un nombre entier.", Assert.Single(whole.Errors).Message);

        var blank = ParisTimeTests.Context(("Produit.Champ.Value", " "));
        await new NumericFieldEditor().UpdateAsync(Element("NumericField", new NumericFieldSettings { Required = true }), blank, new JsonObject());
        Assert.Equal("« Prix » est obligatoire.", Assert.Single(blank.Errors).Message);

        var optional = ParisTimeTests.Context(("Produit.Champ.Value", ""));
        var cleared = new JsonObject { ["Value"] = 3 };
        await new NumericFieldEditor().UpdateAsync(Element("NumericField", new NumericFieldSettings()), optional, cleared);
        Assert.Empty(optional.Errors);
        Assert.Null(cleared["Value"]);
    }

    [Fact]
    public async Task A_checkbox_is_true_when_posted_and_false_when_absent()
    {
        var target = new JsonObject();
        await new BooleanFieldEditor().UpdateAsync(Element("BooleanField", new BooleanFieldSettings()), ParisTimeTests.Context(("Produit.Champ.Value", "true")), target);
        Assert.True(target["Value"]!.GetValue<bool>());
        await new BooleanFieldEditor().UpdateAsync(Element("BooleanField", new BooleanFieldSettings()), ParisTimeTests.Context(("Produit.Champ.Present", "1")), target);
        Assert.False(target["Value"]!.GetValue<bool>());
    }
}
