using Cms.Abstractions.Display;
using Cms.Display.Liquid;
using Cms.Display.Rendering;
using Cms.Display.Themes;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Display.Tests;

/// <summary>The layout's <c>{% kept %}</c> blocks: kept by the values they read from outside, refused when they could read more.</summary>
public sealed class KeptTagTests
{
    /// <summary><paramref name="source"/> parsed once, as a template of <paramref name="harness"/>'s site, and a way to render it (without the layout).</summary>
    private static Func<string?, Task<string>> Template(DisplayHarness harness, string source)
    {
        var store = harness.Scope.ServiceProvider.GetRequiredService<TemplateStore>();
        Assert.True(store.TryParse("NotFound", source, "test", out var template, out var error), error);
        harness.FluidRenderer.UsePreviewTemplate(template!);
        return async title => (await harness.FluidRenderer.RenderTemplateAsync("NotFound", null, new PageMeta { Title = title }))!;
    }

    [Fact]
    public async Task A_kept_block_is_rendered_again_when_a_value_it_reads_changes()
    {
        using var harness = new DisplayHarness();
        const string source = """{% kept %}<p>{{ Site.SiteName }}{% if Site.Tagline %} : {{ Site.Tagline }}{% endif %}</p>{% for n in (1..3) %}{{ forloop.index }}{% endfor %}{% endkept %}""";
        Assert.True(harness.Scope.ServiceProvider.GetRequiredService<KeptParts>().Enabled);
        var render = Template(harness, source);

        Assert.Equal("<p>Numérique en Commun[s]</p>123", await render(null));
        Assert.Equal("<p>Numérique en Commun[s]</p>123", await render(null));
        harness.Settings.SiteName = "Autre site";
        Assert.Equal("<p>Autre site</p>123", await render(null));
        // An empty tagline is shown (an empty string is not nothing), no tagline is not.
        harness.Settings.Tagline = "";
        Assert.Equal("<p>Autre site : </p>123", await render(null));
        harness.Settings.Tagline = null;
        Assert.Equal("<p>Autre site</p>123", await render(null));
    }

    [Fact]
    public async Task A_marked_model_value_keys_the_block_by_its_reference_and_an_unmarked_one_renders_it_each_time()
    {
        using var harness = new DisplayHarness();
        var store = harness.Scope.ServiceProvider.GetRequiredService<TemplateStore>();
        Assert.True(store.TryParse("NotFound", """{% kept %}{{ Model.Tags.size }}:{% for t in Model.Tags %}[{{ t }}]{% endfor %}{% endkept %}""", "test", out var template, out var error), error);
        harness.FluidRenderer.UsePreviewTemplate(template!);
        async Task<string> Render(List<string> tags) =>
            (await harness.FluidRenderer.RenderTemplateAsync("NotFound", new TagsModel(tags), new PageMeta()))!;

        var marked = KeptValues.Mark(new List<string> { "a", "b" });
        Assert.Equal("2:[a][b]", await Render(marked));
        // Changed behind the mark (which its owner never does): the kept text shows it was not rendered again.
        marked.Add("c");
        Assert.Equal("2:[a][b]", await Render(marked));
        Assert.Equal("3:[a][b][c]", await Render(KeptValues.Mark(new List<string>(marked))));

        var unmarked = new List<string> { "x" };
        Assert.Equal("1:[x]", await Render(unmarked));
        unmarked.Add("y");
        Assert.Equal("2:[x][y]", await Render(unmarked));
    }

    public sealed record TagsModel(IReadOnlyList<string> Tags);

    [Fact]
    public async Task A_kept_block_whose_variable_is_already_set_is_rendered_as_if_it_were_not_marked()
    {
        using var harness = new DisplayHarness();
        // "label" is the block's own once assigned, but the page may set it first: its value then comes from outside.
        var render = Template(harness, """{% if Meta.Title %}{% assign label = Meta.Title %}{% endif %}{% kept %}{% if Site.Tagline %}{% assign label = "slogan" %}{% endif %}[{{ label }}]{% endkept %}""");
        Assert.Equal("[]", await render(null));
        Assert.Equal("[un]", await render("un"));
        Assert.Equal("[deux]", await render("deux"));
    }

    [Theory]
    [InlineData("""{% kept %}{{ "now" | date: "%Y" }}{% endkept %}""", "the filter date")]
    [InlineData("""{% kept %}{% include "Autre" %}{% endkept %}""", "the statement IncludeStatement")]
    [InlineData("""{% kept %}{% zone "Footer" %}x{% endzone %}{% endkept %}""", "the statement")]
    [InlineData("""{% for x in (1..2) %}{% kept %}{% break %}{% endkept %}{% endfor %}""", "a break or continue outside its own loop")]
    [InlineData("""{% for x in (1..2) %}{% kept %}{% for y in (1..2) %}{{ parentloop.index }}{% endfor %}{% endkept %}{% endfor %}""", "parentloop")]
    public async Task A_block_that_could_read_more_than_its_outside_values_is_refused(string source, string reason)
    {
        using var harness = new DisplayHarness();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Template(harness, source)(null));
        Assert.Contains(reason, error.ToString());
    }
}
