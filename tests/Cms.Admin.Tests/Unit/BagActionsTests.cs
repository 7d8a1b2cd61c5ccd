using Cms.Abstractions.Content;
using Cms.Abstractions.Editing;
using Cms.Admin.Editors;
using Cms.ContentFields.Fields;

namespace Cms.Admin.Tests.Unit;

public class BagActionsTests
{
    private static ContentItem EventWith(params string[] labels)
    {
        var item = new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = "Event" };
        item.SetBagItems("InfoFields", labels.Select(l =>
        {
            var nested = new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = "InfoField" };
            return nested.ApplyField("InfoField", "Label", new TextField { Text = l });
        }));
        return item;
    }

    private static string[] Labels(ContentItem item) =>
        item.GetBagItems("InfoFields").Select(i => i.GetField<TextField>("InfoField", "Label")?.Text ?? "").ToArray();

    [Fact]
    public void Add_appends_an_empty_item_of_an_allowed_type()
    {
        var item = EventWith("Horaires");
        Assert.Null(BagActions.Apply(item, "InfoFields|add|InfoField", ["InfoField"]));
        var items = item.GetBagItems("InfoFields");
        Assert.Equal(2, items.Count);
        Assert.Equal("InfoField", items[1].ContentType);
        Assert.Equal(26, items[1].ContentItemId.Length);
    }

    [Fact]
    public void Add_refuses_a_type_the_bag_does_not_contain()
    {
        var item = EventWith("Horaires");
        Assert.Contains("Theme", BagActions.Apply(item, "InfoFields|add|Theme", ["InfoField"]));
        Assert.Single(item.GetBagItems("InfoFields"));
    }

    [Fact]
    public void Up_down_and_remove_rearrange_the_items()
    {
        var item = EventWith("A", "B", "C");
        Assert.Null(BagActions.Apply(item, "InfoFields|up|2", ["InfoField"]));
        Assert.Equal(["A", "C", "B"], Labels(item));
        Assert.Null(BagActions.Apply(item, "InfoFields|down|0", ["InfoField"]));
        Assert.Equal(["C", "A", "B"], Labels(item));
        Assert.Null(BagActions.Apply(item, "InfoFields|remove|1", ["InfoField"]));
        Assert.Equal(["C", "B"], Labels(item));
        Assert.Null(BagActions.Apply(item, "InfoFields|up|0", ["InfoField"]));
        Assert.Equal(["C", "B"], Labels(item));
    }

    [Theory]
    [InlineData("InfoFields|remove|7")]
    [InlineData("InfoFields|explode|0")]
    [InlineData("nonsense")]
    public void Unknown_or_out_of_range_actions_are_refused(string action)
    {
        var item = EventWith("A");
        Assert.NotNull(BagActions.Apply(item, action, ["InfoField"]));
        Assert.Equal(["A"], Labels(item));
    }
}
