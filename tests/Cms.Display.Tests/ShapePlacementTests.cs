using Cms.Abstractions.ContentKinds;

namespace Cms.Display.Tests;

/// <summary>Where a driver's shape goes: zone and position per display type, positions compared part by part.</summary>
public class ShapePlacementTests
{
    [Fact]
    public void Without_a_location_a_shape_goes_to_the_content_zone_in_every_display_type()
    {
        var shape = new Shape("TitlePart");
        Assert.Equal((Shape.DefaultZone, (string?)null), shape.PlacementFor("Detail"));
        Assert.Equal((Shape.DefaultZone, (string?)null), shape.PlacementFor("Summary"));
    }

    [Fact]
    public void A_display_type_location_wins_and_hides_the_shape_in_the_other_types_unless_a_general_one_is_given()
    {
        var only = new Shape("ReviewPart").Location("Detail", "Meta:1");
        Assert.Equal(("Meta", (string?)"1"), only.PlacementFor("Detail"));
        Assert.Null(only.PlacementFor("Summary"));

        var both = new Shape("ReviewPart").Location("Content:5").Location("Detail", "Meta");
        Assert.Equal(("Meta", (string?)null), both.PlacementFor("Detail"));
        Assert.Equal(("Content", (string?)"5"), both.PlacementFor("Summary"));
    }

    [Theory]
    [InlineData("1", "2", -1)]
    [InlineData("2", "10", -1)]
    [InlineData("1.5", "1", 1)]
    [InlineData("1", "1.5", -1)]
    [InlineData("3", "3", 0)]
    [InlineData("3", null, -1)]
    [InlineData("x", "1", 1)]
    public void Positions_compare_numerically_part_by_part(string? a, string? b, int expected) =>
        Assert.Equal(expected, Math.Sign(Shape.ComparePositions(a, b)));
}
