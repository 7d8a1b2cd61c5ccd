using Cms.Abstractions.ContentKinds;
using Cms.Display.Rendering;
using Cms.Display.Themes;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Display.Tests;

/// <summary>Shapes of kept model values: kept only when their template reads nothing but those values, by their instance and template.</summary>
public sealed class KeptShapesTests
{
    private static LoadedTemplate Parse(DisplayHarness harness, string source)
    {
        var store = harness.Scope.ServiceProvider.GetRequiredService<TemplateStore>();
        Assert.True(store.TryParse("Shape", source, "test", out var template, out var error), error);
        return template!;
    }

    private static Dictionary<string, object?> Values() => new(StringComparer.Ordinal) { ["Title"] = "Atelier", ["Tags"] = new List<string> { "a", "b" } };

    [Theory]
    [InlineData("""<h2>{{ Model.Title }}</h2>{% for t in Model.Tags %}{{ t | upcase }}{% endfor %}{{ Model.Tags.size }}""", true)]
    [InlineData("""<h2>{{ Model.Title }}</h2>{{ Model.Content.DisplayText }}""", false)] // a member the values do not hold
    [InlineData("""{{ Model.Title }}{{ Site.SiteName }}""", false)]                      // a value of the page
    [InlineData("""{{ Model.Title }}{{ Request.Path }}""", false)]
    [InlineData("""{% assign t = Model.Title %}{{ t }}""", false)]                         // a variable of its own
    [InlineData("""{{ Model.Title | date: "%Y" }}""", false)]                             // a filter not known to be pure
    [InlineData("""{% include "Other" %}{{ Model.Title }}""", false)]
    [InlineData("""{{ Model }}""", false)]
    [InlineData("""<p>Rien</p>""", false)]
    public void A_shape_is_kept_only_when_its_template_reads_nothing_but_the_values(string source, bool kept)
    {
        using var harness = new DisplayHarness();
        var shapes = harness.Scope.ServiceProvider.GetRequiredService<KeptShapes>();
        Assert.True(shapes.Enabled);
        Assert.Equal(kept, shapes.Keeps(Parse(harness, source), Values()));
    }

    [Fact]
    public void A_kept_text_is_served_for_the_same_values_and_template_only()
    {
        using var harness = new DisplayHarness();
        var shapes = harness.Scope.ServiceProvider.GetRequiredService<KeptShapes>();
        const string source = """<h2>{{ Model.Title }}</h2>""";
        var template = Parse(harness, source);
        var values = Values();
        Assert.False(shapes.TryGet(template, values, out _));
        shapes.Store(template, values, "<h2>Atelier</h2>");
        Assert.True(shapes.TryGet(template, values, out var html));
        Assert.Equal("<h2>Atelier</h2>", html);
        // Equal values in another instance, or the template parsed again (changed), are rendered again.
        Assert.False(shapes.TryGet(template, Values(), out _));
        Assert.False(shapes.TryGet(Parse(harness, source), values, out _));
    }

    [Fact]
    public void Switched_off_no_shape_is_kept()
    {
        var shapes = new KeptShapes(new KeptShapesOptions { Enabled = false });
        using var harness = new DisplayHarness();
        Assert.False(shapes.Keeps(Parse(harness, """{{ Model.Title }}"""), Values()));
    }

    [Fact]
    public void A_shape_whose_model_was_read_or_changed_is_no_longer_kept()
    {
        var values = Values();
        var shape = new Shape("Event").With("Name", "Event").WithValues(values, kept: true);
        Assert.Same(values, shape.KeptValues);
        Assert.Equal("Atelier", shape.Model["Title"]);
        Assert.Equal("Event", shape.Model["Name"]);
        Assert.Null(shape.KeptValues);

        var notKept = new Shape("Event").WithValues(values, kept: false);
        Assert.Null(notKept.KeptValues);
        Assert.Equal("Atelier", notKept.Model["Title"]);
        // Values set after them stay over them.
        Assert.Equal("Autre", new Shape("Event").WithValues(values, kept: true).With("Title", "Autre").Model["Title"]);
    }
}
