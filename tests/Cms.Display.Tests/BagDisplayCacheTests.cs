using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Display;
using Cms.Display.Rendering;
using Cms.Display.Themes;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Display.Tests;

/// <summary>A published item's bag of kept types rendered once per version; anything else rendered every time.</summary>
public sealed class BagDisplayCacheTests
{
    private sealed class Bag(DisplayHarness harness, bool enabled = true)
    {
        private readonly BagPartDisplayDriver _driver = new(new BagDisplayCache(new BagDisplayCacheOptions { Enabled = enabled },
            [new KeptBagItemType("Info")], harness.Scope.ServiceProvider.GetRequiredService<TemplateStore>()));

        public int Rendered { get; private set; }

        /// <summary>The bag's items as the driver gives them; <paramref name="touchMeta"/>: each nested rendering adds an id to the page's meta.</summary>
        public async Task<List<string>> ItemsAsync(string versionId, bool published = true, string childType = "Info", bool touchMeta = false)
        {
            var item = Items.Make("Page", "Parent", published: published);
            item.ContentItemVersionId = versionId;
            var bag = new JsonObject
            {
                ["ContentItems"] = new JsonArray(
                    new JsonObject { ["ContentItemId"] = "a", ["ContentType"] = "Info", ["DisplayText"] = "Un" },
                    new JsonObject { ["ContentItemId"] = "b", ["ContentType"] = childType, ["DisplayText"] = "Deux" }),
            };
            var meta = new PageMeta();
            var context = new ContentDisplayContext
            {
                Item = item, DisplayType = "Detail", Kind = new ContentKind("BagPart", ContentKindCategory.Part, typeof(object)),
                PartName = "Infos", Value = bag, Settings = new JsonObject(), Content = new Dictionary<string, object?>(), Meta = meta,
                LoadItemsAsync = _ => Task.FromResult<IReadOnlyList<ContentItem>>([]),
                RenderItemAsync = nested =>
                {
                    Rendered++;
                    if (touchMeta) meta.ContentItemIds.Add(nested.ContentItemId);
                    return Task.FromResult($"<p>{nested.DisplayText} {versionId}</p>");
                },
            };
            var shape = Assert.Single(await _driver.DisplayAsync(context));
            return Assert.IsType<List<string>>(shape.Model["Items"]);
        }
    }

    [Fact]
    public async Task A_published_bag_of_kept_types_is_rendered_once_per_version()
    {
        using var harness = new DisplayHarness();
        var bag = new Bag(harness);
        Assert.Equal(["<p>Un v1</p>", "<p>Deux v1</p>"], await bag.ItemsAsync("v1"));
        Assert.Equal(["<p>Un v1</p>", "<p>Deux v1</p>"], await bag.ItemsAsync("v1"));
        Assert.Equal(2, bag.Rendered);
        Assert.Equal(["<p>Un v2</p>", "<p>Deux v2</p>"], await bag.ItemsAsync("v2"));
        Assert.Equal(4, bag.Rendered);
    }

    [Fact]
    public async Task A_template_change_renders_the_bag_again()
    {
        using var harness = new DisplayHarness();
        var bag = new Bag(harness);
        await bag.ItemsAsync("v1");
        harness.Scope.ServiceProvider.GetRequiredService<TemplateStore>().Forget();
        await bag.ItemsAsync("v1");
        Assert.Equal(4, bag.Rendered);
    }

    [Theory]
    [InlineData(true, false, "Info", false, "a draft is saved again under its version id")]
    [InlineData(true, true, "Event", false, "an item of a type not declared kept may read the hour or other items")]
    [InlineData(true, true, "Info", true, "a rendering that changed the page's meta would not change it again")]
    [InlineData(false, true, "Info", false, "the switch is off")]
    public async Task Other_bags_are_rendered_every_time(bool enabled, bool published, string childType, bool touchMeta, string why)
    {
        using var harness = new DisplayHarness();
        var bag = new Bag(harness, enabled);
        await bag.ItemsAsync("v1", published, childType, touchMeta);
        await bag.ItemsAsync("v1", published, childType, touchMeta);
        Assert.True(bag.Rendered == 4, why);
    }
}
