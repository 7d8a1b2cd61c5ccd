using System.Net;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Queries.Services;
using Microsoft.Extensions.DependencyInjection;
using static Cms.ContentModules.Tests.Orchard.SiteRequests;

namespace Cms.ContentModules.Tests.Orchard;

/// <summary>
/// Orchard's Lucene queries (issue 14 item 3): the <c>lucene-index</c> step defines a named index of a type's items,
/// with Orchard's field names, that follows publications; a query of source <c>Lucene</c> (a Liquid template giving
/// the JSON DSL) runs from a template's <c>query</c> filter and from the « Requêtes » page's preview; a broken one is
/// refused naming the query and what is wrong.
/// </summary>
[Collection(ContentModulesSiteCollection.Name)]
public sealed class LuceneQueryTests(ContentModulesSite site)
{
    private const string Recent =
        "{ \"query\": { \"term\": { \"Content.ContentItem.ContentType\": \"{{ type }}\" } }, " +
        "\"sort\": { \"Content.ContentItem.CreatedUtc\": { \"order\": \"desc\" } }, \"size\": {{ size | default: 10 }} }";

    [Fact]
    public async Task A_named_index_follows_its_items_and_a_Lucene_query_runs_from_a_template_with_term_bool_range_wildcard_and_sort()
    {
        var (type, index, suffix) = await SetUpAsync();

        // From a template, with parameters: the two most recent posts, newest first; the draft never.
        using var visitor = site.Client();
        var page = await visitor.GetStringAsync($"/lucene-{suffix}-alpha");
        Assert.Contains("<ol data-testid=\"recent\"><li>Gamma moon</li><li>Beta sun</li></ol>", page);

        Assert.Equal(["Gamma moon", "Beta sun", "Alpha moon"], await TitlesAsync(index, Recent.Replace("{{ type }}", type)));
        Assert.Equal(["Alpha moon"], await TitlesAsync(index,
            $"{{ \"query\": {{ \"bool\": {{ \"must\": [ {{ \"term\": {{ \"Content.ContentItem.ContentType\": \"{type}\" }} }}, {{ \"match\": {{ \"Content.ContentItem.DisplayText.Analyzed\": \"moon\" }} }} ], " +
            "\"must_not\": { \"wildcard\": { \"Content.ContentItem.DisplayText\": \"G*\" } } } } }"));
        Assert.Equal(["Beta sun", "Gamma moon"], await TitlesAsync(index,
            "{ \"query\": { \"range\": { \"Content.ContentItem.CreatedUtc\": { \"gte\": \"2021-01-01\", \"lt\": \"2023-01-01T00:00:00Z\" } } }, " +
            "\"sort\": [ { \"Content.ContentItem.CreatedUtc\": \"asc\" } ] }"));
        Assert.Equal(["Alpha moon"], await TitlesAsync(index,
            "{ \"query\": { \"match_all\": {} }, \"sort\": { \"Content.ContentItem.DisplayText\": { \"order\": \"asc\" } }, \"size\": 1 }"));
        Assert.Equal(["Beta sun"], await TitlesAsync(index, $"{{ \"query\": {{ \"term\": {{ \"{type}.Subtitle\": \"Sunny\" }} }} }}"));
        // A numeric field is ranged and sorted as numbers (4 < 10 < 30, not as text); a date sorted with Orchard's "type": "double" still sorts.
        Assert.Equal(["Gamma moon", "Alpha moon"], await TitlesAsync(index,
            $"{{ \"query\": {{ \"range\": {{ \"{type}.Rank\": {{ \"gt\": 5 }} }} }}, \"sort\": {{ \"{type}.Rank\": {{ \"order\": \"asc\", \"type\": \"double\" }} }} }}"));
        Assert.Equal(["Beta sun", "Gamma moon", "Alpha moon"], await TitlesAsync(index, $"{{ \"sort\": [ {{ \"{type}.Rank\": \"asc\" }} ] }}"));
        Assert.Equal(["Gamma moon", "Beta sun"], await TitlesAsync(index,
            "{ \"query\": { \"match_all\": {} }, \"sort\": { \"Content.ContentItem.CreatedUtc\": { \"order\": \"desc\", \"type\": \"double\" } }, \"size\": 2 }"));

        // Rows: the stored fields of each document, under Orchard's names.
        var rows = await RunAsync(index, "{ \"query\": { \"prefix\": { \"AutoroutePart\": \"lucene-" + suffix + "-b\" } } }", returnItems: false);
        Assert.Single(rows.Rows);
        Assert.Equal("Beta sun", rows.Rows[0][rows.Columns.ToList().IndexOf("Content.ContentItem.DisplayText")]);
        Assert.Equal("20210601000000", rows.Rows[0][rows.Columns.ToList().IndexOf("Content.ContentItem.CreatedUtc")]);

        // The index follows an unpublication and a publication.
        await using (var scope = site.Site.Services.CreateAsyncScope())
        {
            var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var beta = (await contents.GetByPathAsync($"/lucene-{suffix}-beta"))!;
            await contents.UnpublishAsync(beta.ContentItemId);
            var delta = await contents.NewAsync(type);
            delta.DisplayText = "Delta star";
            delta.Part("TitlePart")["Title"] = "Delta star";
            await contents.CreateAsync(delta, publish: true);
        }
        Assert.Equal(["Delta star", "Gamma moon", "Alpha moon"], await TitlesAsync(index, Recent.Replace("{{ type }}", type)));

        // Orchard's rebuild and reset steps build the index again from the store, after the recipe's commit, without
        // writing the index definitions again (which would evict every cached page); an index that is not defined
        // stops the step, naming it.
        await visitor.GetAsync($"/lucene-{suffix}-gamma");
        Assert.NotNull((await visitor.GetAsync($"/lucene-{suffix}-gamma")).Headers.Age);
        var rebuilt = await RunRecipeAsync(site.Site,
            new JsonObject { ["name"] = "lucene-index-rebuild", ["Indices"] = new JsonArray(index) },
            new JsonObject { ["name"] = "lucene-index-reset", ["includeAll"] = true });
        Assert.Contains(rebuilt.Messages, m => m == $"Index Lucene reconstruits : « {index} ».");
        Assert.Contains(rebuilt.Messages, m => m.StartsWith("Index Lucene reconstruits : ", StringComparison.Ordinal) && m.Contains($"« {index} »", StringComparison.Ordinal));
        Assert.Equal(["Delta star", "Gamma moon", "Alpha moon"], await TitlesAsync(index, Recent.Replace("{{ type }}", type)));
        Assert.NotNull((await visitor.GetAsync($"/lucene-{suffix}-gamma")).Headers.Age);
        var unknown = await Assert.ThrowsAsync<Cms.Abstractions.Recipes.RecipeException>(() => RunRecipeAsync(site.Site,
            new JsonObject { ["name"] = "lucene-index-rebuild", ["Indices"] = new JsonArray("Absent" + suffix) }));
        Assert.Contains($"l'index « Absent{suffix} » n'existe pas", unknown.Message);
    }

    [Fact]
    public async Task The_requetes_page_previews_a_Lucene_query_and_a_broken_one_is_refused_with_its_reason()
    {
        var (type, index, _) = await SetUpAsync();
        using var admin = site.Client();
        await SignInAsync(admin);
        const string url = "/admin/requetes/requete";

        var run = await PostFormAsync(admin, url + "?handler=Run", ("Name", "Essai"), ("Source", "Lucene"), ("Index", index),
            ("ReturnContentItems", "true"), ("Template", Recent), ("Parameters", $"{{ \"type\": \"{type}\", \"size\": 2 }}"));
        var result = WebUtility.HtmlDecode(await run.Content.ReadAsStringAsync());
        Assert.Contains("2 contenu(s) publié(s).", result);
        Assert.Contains($"<li>Gamma moon ({type})</li>", result);

        var unknown = await PostFormAsync(admin, url + "?handler=Run", ("Name", "Casse"), ("Source", "Lucene"), ("Index", index),
            ("Template", "{ \"query\": { \"termz\": { \"a\": \"b\" } } }"));
        Assert.Contains("Requête Lucene « Casse » : query : type de requête « termz » inconnu (connus : bool,",
            WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()));
        var json = await PostFormAsync(admin, url + "?handler=Run", ("Name", "Casse"), ("Source", "Lucene"), ("Index", index),
            ("Template", "{ \"query\": \n { \"match_all\": { } "));
        Assert.Contains("Requête Lucene « Casse » : JSON illisible ligne 2", WebUtility.HtmlDecode(await json.Content.ReadAsStringAsync()));
        var missing = await PostFormAsync(admin, url + "?handler=Run", ("Name", "Casse"), ("Source", "Lucene"), ("Index", "Absent"), ("Template", "{}"));
        Assert.Contains("l'index « Absent » n'existe pas", WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()));

        var refused = await Assert.ThrowsAsync<Cms.Abstractions.Recipes.RecipeException>(() => RunRecipeAsync(site.Site, new JsonObject
        {
            ["name"] = "queries",
            ["Queries"] = new JsonArray(new JsonObject { ["Source"] = "Lucene", ["Name"] = "SansIndex", ["Template"] = "{}" }),
        }));
        Assert.Contains("Requête « SansIndex » : propriété « Index » attendue", refused.Message);
        Assert.DoesNotContain("SansIndex", await admin.GetStringAsync("/admin/requetes"));
    }

    /// <summary>A type of posts, its index (defined before the items, as Orchard's recipes do), three published posts and a draft, the query and a template running it.</summary>
    private async Task<(string Type, string Index, string Suffix)> SetUpAsync()
    {
        var suffix = IdGenerator.NewId().ToLowerInvariant()[..8];
        var type = "LucenePost" + suffix;
        var index = "Posts" + suffix;
        var report = await RunRecipeAsync(site.Site,
            new JsonObject
            {
                ["name"] = "ContentDefinition",
                ["ContentTypes"] = new JsonArray(new JsonObject
                {
                    ["Name"] = type, ["DisplayName"] = "Billet Lucene",
                    ["ContentTypePartDefinitionRecords"] = new JsonArray(
                        new JsonObject { ["PartName"] = "TitlePart", ["Name"] = "TitlePart" },
                        new JsonObject { ["PartName"] = "AutoroutePart", ["Name"] = "AutoroutePart" },
                        new JsonObject { ["PartName"] = type, ["Name"] = type }),
                }),
                ["ContentParts"] = new JsonArray(new JsonObject
                {
                    ["Name"] = type,
                    ["ContentPartFieldDefinitionRecords"] = new JsonArray(
                        new JsonObject
                        {
                            ["FieldName"] = "TextField", ["Name"] = "Subtitle",
                            ["Settings"] = new JsonObject { ["LuceneContentIndexSettings"] = new JsonObject { ["Included"] = true, ["Keyword"] = true } },
                        },
                        new JsonObject { ["FieldName"] = "NumericField", ["Name"] = "Rank" }),
                }),
            },
            new JsonObject
            {
                ["name"] = "lucene-index",
                ["Indices"] = new JsonArray(new JsonObject
                {
                    [index] = new JsonObject
                    {
                        ["AnalyzerName"] = "standardanalyzer", ["IndexLatest"] = false, ["IndexedContentTypes"] = new JsonArray(type),
                        ["Culture"] = "any", ["StoreSourceData"] = true,
                    },
                }),
            },
            new JsonObject
            {
                ["name"] = "content",
                ["data"] = new JsonArray(
                    Post(type, "Alpha moon", $"lucene-{suffix}-alpha", "2020-01-10T00:00:00Z", "Moony", 30, true),
                    Post(type, "Beta sun", $"lucene-{suffix}-beta", "2021-06-01T00:00:00Z", "Sunny", 4, true),
                    Post(type, "Gamma moon", $"lucene-{suffix}-gamma", "2022-03-05T00:00:00Z", null, 10, true),
                    Post(type, "Draft moon", null, "2023-01-01T00:00:00Z", null, 1, false)),
            },
            new JsonObject
            {
                ["name"] = "queries",
                ["Queries"] = new JsonArray(new JsonObject
                {
                    ["Source"] = "Lucene", ["Name"] = "Recent" + suffix, ["Index"] = index, ["Template"] = Recent, ["ReturnContentItems"] = true,
                }),
            },
            new JsonObject
            {
                ["name"] = "Templates",
                ["Templates"] = new JsonObject
                {
                    [$"Content__{type}"] = new JsonObject
                    {
                        ["Content"] = $"{{% assign posts = Queries.Recent{suffix} | query: type: Model.ContentItem.ContentType, size: 2 %}}" +
                                      "<ol data-testid=\"recent\">{% for p in posts %}<li>{{ p.DisplayText }}</li>{% endfor %}</ol>",
                    },
                },
            });
        Assert.Empty(report.Refused);
        Assert.Contains(report.Messages, m => m.Contains($"Index Lucene enregistrés : « {index} »", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Warnings, w => w.Contains("Recent" + suffix, StringComparison.Ordinal));
        return (type, index, suffix);
    }

    private async Task<QueryResult> RunAsync(string index, string template, bool returnItems)
    {
        await using var scope = site.Site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SqlQueryRunner>().RunAsync(
            new StoredQuery { Source = "Lucene", Index = index, Template = template, ReturnContentItems = returnItems },
            new Dictionary<string, object?>(), CancellationToken.None, "Test");
    }

    private async Task<List<string?>> TitlesAsync(string index, string template) =>
        (await RunAsync(index, template, returnItems: true)).Items.Select(i => i.DisplayText).ToList();

    private static JsonObject Post(string type, string title, string? path, string created, string? subtitle, int rank, bool published)
    {
        var item = QueryTests.Item(type, title, path, published);
        item["CreatedUtc"] = created;
        item["ModifiedUtc"] = created;
        item[type] = new JsonObject { ["Rank"] = new JsonObject { ["Value"] = rank } };
        if (subtitle is not null) item[type]!["Subtitle"] = new JsonObject { ["Text"] = subtitle };
        return item;
    }
}
