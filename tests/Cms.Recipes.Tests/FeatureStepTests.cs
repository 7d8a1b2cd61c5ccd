using System.Text.Json.Nodes;
using Cms.Abstractions.Modules;
using Cms.Abstractions.Recipes;
using Cms.Recipes.Steps;

namespace Cms.Recipes.Tests;

/// <summary>Orchard's <c>feature</c> step against our running modules: what exists is reported, the rest warned about.</summary>
public sealed class FeatureStepTests
{
    private static RecipeReport Run(string json)
    {
        var step = new FeatureStep(
            [new FeatureAlias("OrchardCore.ContentFields", "Content fields"), new FeatureAlias("OrchardCore.Title", "Content management")],
            new EnabledModules([typeof(Cms.Events.Startup).Assembly]));
        var report = new RecipeReport();
        step.ExecuteAsync(new RecipeStepContext
        {
            RecipeName = "r", StepIndex = 1, StepName = "feature", Step = JsonNode.Parse(json)!.AsObject(),
            RecipeDirectory = "/tmp", FileRoot = "/tmp", Report = report, Output = TextWriter.Null,
        }, CancellationToken.None).GetAwaiter().GetResult();
        return report;
    }

    [Fact]
    public void Provided_features_are_reported_and_missing_ones_are_warnings()
    {
        var report = Run("""{ "name": "feature", "enable": [ "OrchardCore.ContentFields", "orchardcore.title", "Cms.Events", "OrchardCore.Workflows", "TheBlogTheme" ] }""");
        var enabled = Assert.Single(report.Messages);
        Assert.Contains("OrchardCore.ContentFields (Content fields)", enabled);
        Assert.Contains("orchardcore.title (Content management)", enabled);
        Assert.Contains("Cms.Events (Events)", enabled);
        var missing = Assert.Single(report.Warnings);
        Assert.Contains("OrchardCore.Workflows, TheBlogTheme", missing);
    }

    [Fact]
    public void Disabling_a_running_module_is_a_warning_pointing_to_configuration()
    {
        var report = Run("""{ "name": "feature", "disable": [ "OrchardCore.Title", "OrchardCore.Nothing" ] }""");
        var warning = Assert.Single(report.Warnings);
        Assert.Contains("Cms:Modules:Disabled", warning);
    }

    [Fact]
    public void A_malformed_list_names_the_property()
    {
        var e = Assert.Throws<RecipeException>(() => Run("""{ "name": "feature", "enable": [ "OrchardCore.Title", 3 ] }"""));
        Assert.Contains("enable[1]", e.Message);
    }
}
