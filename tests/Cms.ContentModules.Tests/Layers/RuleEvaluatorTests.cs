using System.Text.Json.Nodes;
using Cms.Layers.Rules;

namespace Cms.ContentModules.Tests.Layers;

/// <summary>Each condition kind of Orchard's Rules and their combinations, read from Orchard's JSON and evaluated.</summary>
public sealed class RuleEvaluatorTests
{
    private static readonly RuleRequest Home = RuleRequest.Anonymous("/");
    private static readonly RuleRequest Post = RuleRequest.Anonymous("/blog/post-1");
    private static readonly RuleRequest Editor = new("/blog/post-1", true, ["Editor"]);

    private static Condition Read(string json) => RuleJson.Read(JsonNode.Parse(json), "test");

    private static string Url(string op, string value, bool caseSensitive = false) =>
        $$"""{ "$type": "OrchardCore.Rules.Models.UrlCondition, OrchardCore.Rules", "Value": "{{value}}", "Operation": { "$type": "OrchardCore.Rules.Models.String{{op}}Operator, OrchardCore.Rules", "CaseSensitive": {{(caseSensitive ? "true" : "false")}} } }""";

    private static string Role(string op, string value) =>
        $$"""{ "$type": "OrchardCore.Rules.Models.RoleCondition, OrchardCore.Rules", "Value": "{{value}}", "Operation": { "$type": "OrchardCore.Rules.Models.String{{op}}Operator, OrchardCore.Rules" } }""";

    [Fact]
    public void Boolean_and_homepage_conditions()
    {
        var always = Read("""{ "$type": "OrchardCore.Rules.Models.BooleanCondition, OrchardCore.Rules", "Name": "BooleanCondition", "Value": true }""");
        Assert.True(RuleEvaluator.Evaluate(always, Post));
        Assert.False(RuleEvaluator.Evaluate(Read("""{ "Name": "BooleanCondition", "Value": false }"""), Post));

        var homepage = Read("""{ "$type": "OrchardCore.Rules.Models.HomepageCondition, OrchardCore.Rules", "Value": true }""");
        Assert.True(RuleEvaluator.Evaluate(homepage, Home));
        Assert.True(RuleEvaluator.Evaluate(homepage, RuleRequest.Anonymous("")));
        Assert.False(RuleEvaluator.Evaluate(homepage, Post));
        var notHomepage = Read("""{ "$type": "OrchardCore.Rules.Models.HomepageCondition, OrchardCore.Rules", "Value": false }""");
        Assert.True(RuleEvaluator.Evaluate(notHomepage, Post));
        Assert.False(RuleEvaluator.Evaluate(notHomepage, Home));
    }

    [Theory]
    [InlineData("Equals", "/blog/post-1", true)]
    [InlineData("Equals", "/BLOG/post-1", true)]
    [InlineData("Equals", "/blog", false)]
    [InlineData("NotEquals", "/blog", true)]
    [InlineData("StartsWith", "/blog", true)]
    [InlineData("StartsWith", "~/blog", true)]
    [InlineData("NotStartsWith", "/blog", false)]
    [InlineData("EndsWith", "post-1", true)]
    [InlineData("NotEndsWith", "post-1", false)]
    [InlineData("Contains", "post", true)]
    [InlineData("NotContains", "about", true)]
    public void Url_condition_compares_the_path(string op, string value, bool expected) =>
        Assert.Equal(expected, RuleEvaluator.Evaluate(Read(Url(op, value)), Post));

    [Fact]
    public void Url_condition_respects_case_when_asked() =>
        Assert.False(RuleEvaluator.Evaluate(Read(Url("StartsWith", "/BLOG", caseSensitive: true)), Post));

    [Fact]
    public void Role_condition_matches_a_role_or_the_visitor_state()
    {
        Assert.True(RuleEvaluator.Evaluate(Read(Role("Equals", "editor")), Editor));
        Assert.False(RuleEvaluator.Evaluate(Read(Role("Equals", "Editor")), Post));
        Assert.True(RuleEvaluator.Evaluate(Read(Role("Equals", "Anonymous")), Post));
        Assert.False(RuleEvaluator.Evaluate(Read(Role("Equals", "Anonymous")), Editor));
        Assert.True(RuleEvaluator.Evaluate(Read(Role("Equals", "Authenticated")), Editor));
        // Negative: none of the roles matches.
        Assert.False(RuleEvaluator.Evaluate(Read(Role("NotEquals", "Editor")), Editor));
        Assert.True(RuleEvaluator.Evaluate(Read(Role("NotEquals", "Administrator")), Editor));

        Assert.True(RuleEvaluator.Evaluate(Read("""{ "$type": "OrchardCore.Rules.Models.IsAnonymousCondition, OrchardCore.Rules" }"""), Post));
        Assert.False(RuleEvaluator.Evaluate(Read("""{ "$type": "OrchardCore.Rules.Models.IsAnonymousCondition, OrchardCore.Rules" }"""), Editor));
        Assert.True(RuleEvaluator.Evaluate(Read("""{ "$type": "OrchardCore.Rules.Models.IsAuthenticatedCondition, OrchardCore.Rules" }"""), Editor));
    }

    [Fact]
    public void Groups_combine_and_nest()
    {
        // Home page, or (a blog page and signed in).
        var rule = RuleJson.ReadRule(JsonNode.Parse($$"""
            { "Conditions": [ { "$type": "OrchardCore.Rules.Models.AnyConditionGroup, OrchardCore.Rules", "Conditions": [
                { "$type": "OrchardCore.Rules.Models.HomepageCondition, OrchardCore.Rules", "Value": true },
                { "$type": "OrchardCore.Rules.Models.AllConditionGroup, OrchardCore.Rules", "Conditions": [
                    {{Url("StartsWith", "/blog")}},
                    { "$type": "OrchardCore.Rules.Models.IsAuthenticatedCondition, OrchardCore.Rules" } ] } ] } ] }
            """), "test");
        Assert.True(RuleEvaluator.Evaluate(rule, Home));
        Assert.True(RuleEvaluator.Evaluate(rule, Editor));
        Assert.False(RuleEvaluator.Evaluate(rule, Post));
        Assert.False(RuleEvaluator.Evaluate(rule, new RuleRequest("/about", true, [])));
        Assert.Equal("Page d'accueil ou (Adresse commence par « /blog » et Utilisateur connecté)", RuleText.Describe(rule));
        // An empty rule holds (a group of all of nothing), an empty « any » does not.
        Assert.True(RuleEvaluator.Evaluate(new ConditionGroup(true, []), Post));
        Assert.False(RuleEvaluator.Evaluate(new ConditionGroup(false, []), Post));
    }

    [Fact]
    public void Orchard_json_round_trips()
    {
        var json = JsonNode.Parse($$"""
            { "ConditionId": "r1", "Conditions": [
                { "$type": "OrchardCore.Rules.Models.AnyConditionGroup, OrchardCore.Rules", "Name": "AnyConditionGroup", "Conditions": [
                    { "$type": "OrchardCore.Rules.Models.BooleanCondition, OrchardCore.Rules", "Name": "BooleanCondition", "Value": false, "ConditionId": "c1" },
                    { "$type": "OrchardCore.Rules.Models.RoleCondition, OrchardCore.Rules", "Name": "RoleCondition", "Value": "Editor", "Operation": { "$type": "OrchardCore.Rules.Models.StringNotContainsOperator, OrchardCore.Rules", "CaseSensitive": true }, "ConditionId": "c2" } ], "ConditionId": "c3" } ] }
            """)!;
        var written = RuleJson.WriteRule(RuleJson.ReadRule(json, "test"));
        Assert.True(JsonNode.DeepEquals(json, written), written.ToJsonString());
    }

    [Theory]
    [InlineData("""{ "$type": "OrchardCore.Rules.Models.JavascriptCondition, OrchardCore.Rules", "Script": "true" }""", "condition « JavascriptCondition » non prise en charge")]
    [InlineData("""{ "Value": true }""", "« $type » ou « Name » attendu")]
    [InlineData("""{ "$type": "OrchardCore.Rules.Models.UrlCondition, OrchardCore.Rules", "Value": "/a" }""", "test.Operation : objet attendu")]
    [InlineData("""{ "$type": "OrchardCore.Rules.Models.UrlCondition, OrchardCore.Rules", "Value": "/a", "Operation": { "$type": "OrchardCore.Rules.Models.StringMatchesOperator, OrchardCore.Rules" } }""", "opérateur « StringMatchesOperator » non pris en charge")]
    [InlineData("""{ "$type": "OrchardCore.Rules.Models.AllConditionGroup, OrchardCore.Rules", "Conditions": [ { "Name": "Nope" } ] }""", "test.Conditions[0] : condition « Nope »")]
    public void An_unknown_or_malformed_condition_is_refused_naming_its_place(string json, string message)
    {
        var error = Assert.Throws<FormatException>(() => Read(json));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
