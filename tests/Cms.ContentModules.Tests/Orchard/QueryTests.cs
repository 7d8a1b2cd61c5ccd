using System.Net;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Queries.Services;
using Microsoft.Extensions.DependencyInjection;
using static Cms.ContentModules.Tests.Orchard.SiteRequests;

namespace Cms.ContentModules.Tests.Orchard;

/// <summary>
/// Orchard's queries (issue 14 item 3): the <c>queries</c> step stores named SQL queries over the index tables, a
/// template runs one with <c>Queries.Name | query</c> and its parameters, the « Requêtes » page runs one without saving
/// it, and a query that would write, or read anything but the index tables, is refused before it reaches the database.
/// </summary>
[Collection(ContentModulesSiteCollection.Name)]
public sealed class QueryTests(ContentModulesSite site)
{
    private static readonly IReadOnlySet<string> Tables = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "ContentItemIndex", "AutorouteIndex", "Documents", "AspNetUsers", "AuditTrail",
    };

    [Theory]
    [InlineData("SELECT * FROM ContentItemIndex WHERE ContentType='BlogPost' ORDER BY CreatedUtc DESC LIMIT 3")]
    [InlineData("select c.DisplayText, a.Path from ContentItemIndex c join AutorouteIndex a on a.ContentItemId = c.ContentItemId where c.Published = 1;")]
    [InlineData("SELECT DisplayText FROM ContentItemIndex WHERE DisplayText = 'DELETE FROM Documents; --'")]
    [InlineData("WITH recent AS (SELECT * FROM ContentItemIndex WHERE ContentType = @type) SELECT * FROM recent")]
    public void A_read_of_the_index_tables_passes(string sql) => Assert.Null(SqlQueryGuard.Problem(sql, Tables, out _));

    [Theory]
    [InlineData("DELETE FROM ContentItemIndex", "commence par SELECT")]
    [InlineData("SELECT * FROM ContentItemIndex; DROP TABLE Documents", "Une seule instruction")]
    [InlineData("WITH gone AS (DELETE FROM ContentItemIndex RETURNING *) SELECT * FROM gone", "« DELETE » n'est pas permis")]
    [InlineData("SELECT * FROM AspNetUsers", "La table « AspNetUsers » n'est pas permise")]
    [InlineData("SELECT * FROM \"Documents\"", "La table « Documents » n'est pas permise")]
    [InlineData("SELECT * FROM ContentItemIndex WHERE Id IN (SELECT Id FROM [AuditTrail])", "La table « AuditTrail »")]
    [InlineData("SELECT name FROM sqlite_master", "« sqlite_master » n'est pas permis")]
    [InlineData("SELECT pg_read_file('/etc/passwd')", "« pg_read_file » n'est pas permis")]
    [InlineData("SELECT * INTO copie FROM ContentItemIndex", "« INTO » n'est pas permis")]
    [InlineData("SELECT 'unclosed FROM ContentItemIndex", "non fermé")]
    public void A_query_that_writes_or_reads_other_tables_is_refused_by_name(string sql, string reason)
    {
        Assert.Contains(reason, SqlQueryGuard.Problem(sql, Tables, out _));
    }

    [Fact]
    public async Task A_template_runs_a_stored_query_with_its_parameters_and_sees_published_items_only()
    {
        var suffix = IdGenerator.NewId().ToLowerInvariant();
        var type = "QueryPage" + suffix[..6];
        var report = await RunRecipeAsync(site.Site,
            new JsonObject
            {
                ["name"] = "ContentDefinition",
                ["ContentTypes"] = new JsonArray(new JsonObject
                {
                    ["Name"] = type, ["DisplayName"] = "Page de requête",
                    ["ContentTypePartDefinitionRecords"] = new JsonArray(
                        new JsonObject { ["PartName"] = "TitlePart", ["Name"] = "TitlePart" },
                        new JsonObject { ["PartName"] = "AutoroutePart", ["Name"] = "AutoroutePart" }),
                }),
                ["ContentParts"] = new JsonArray(),
            },
            new JsonObject
            {
                ["name"] = "content",
                ["data"] = new JsonArray(Item(type, "Liste publiée", $"liste-{suffix}", published: true), Item(type, "Brouillon secret", null, published: false)),
            },
            new JsonObject
            {
                ["name"] = "queries",
                ["Queries"] = new JsonArray(new JsonObject
                {
                    ["Source"] = "Sql", ["Name"] = "ItemsOfType",
                    ["Template"] = "SELECT * FROM ContentItemIndex WHERE ContentType = @type AND Latest = 1 ORDER BY DisplayText",
                    ["ReturnContentItems"] = true,
                }),
            },
            new JsonObject
            {
                ["name"] = "Templates",
                ["Templates"] = new JsonObject
                {
                    [$"Content__{type}"] = new JsonObject
                    {
                        ["Content"] = "{% assign found = Queries.ItemsOfType | query: type: Model.ContentItem.ContentType %}" +
                                      "<ul data-testid=\"found\">{% for i in found %}<li>{{ i.DisplayText }}</li>{% endfor %}</ul>" +
                                      "{% assign none = Queries.Missing | query %}<p data-testid=\"none\">{{ none | size }}</p>",
                    },
                },
            });
        Assert.Empty(report.Refused);
        Assert.Contains(report.Messages, m => m.Contains("« ItemsOfType »", StringComparison.Ordinal));

        using var visitor = site.Client();
        var page = await visitor.GetStringAsync($"/liste-{suffix}");
        Assert.Contains("<ul data-testid=\"found\"><li>Liste publiée</li></ul>", page);
        Assert.DoesNotContain("Brouillon secret", page);
        Assert.Contains("<p data-testid=\"none\">0</p>", page);
    }

    [Fact]
    public async Task The_requetes_page_runs_a_query_without_saving_it_and_refuses_one_that_writes()
    {
        using var admin = site.Client();
        await SignInAsync(admin);
        const string url = "/admin/requetes/requete";

        var run = await PostFormAsync(admin, url + "?handler=Run", ("Name", "ParType"), ("Source", "Sql"),
            ("Template", "SELECT ContentType, COUNT(*) AS Nombre FROM ContentItemIndex WHERE Published = 1 GROUP BY ContentType ORDER BY ContentType"));
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var result = WebUtility.HtmlDecode(await run.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"query-rows\"", result);
        Assert.Contains("<th scope=\"col\">Nombre</th>", result);
        Assert.Contains("<td>Event</td>", result);
        Assert.DoesNotContain("ParType", await admin.GetStringAsync("/admin/requetes"));

        var itemsBefore = await CountAsync();
        var refused = await PostFormAsync(admin, url, ("Name", "Efface"), ("Source", "Sql"), ("Template", "DELETE FROM ContentItemIndex"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var error = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"query-error\"", error);
        Assert.Contains("Requête « Efface » : Une requête commence par SELECT", error);
        Assert.Contains("Rien n'a été enregistré", error);
        var users = await PostFormAsync(admin, url + "?handler=Run", ("Name", "Comptes"), ("Source", "Sql"), ("Template", "SELECT * FROM AspNetUsers"));
        Assert.Contains("La table « AspNetUsers » n'est pas permise", WebUtility.HtmlDecode(await users.Content.ReadAsStringAsync()));
        Assert.Equal(itemsBefore, await CountAsync());
        Assert.DoesNotContain("Efface", await admin.GetStringAsync("/admin/requetes"));

        var saved = await PostFormAsync(admin, url, ("Name", "DerniersEvenements"), ("Source", "Sql"), ("ReturnContentItems", "true"),
            ("Template", "SELECT ContentItemId FROM ContentItemIndex WHERE ContentType = 'Event' AND Published = 1 ORDER BY CreatedUtc DESC LIMIT 3"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("DerniersEvenements", await admin.GetStringAsync("/admin/requetes"));
    }

    private async Task<int> CountAsync()
    {
        await using var scope = site.Site.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<SqlQueryRunner>().RunAsync(
            new StoredQuery { Template = "SELECT COUNT(*) FROM ContentItemIndex" }, new Dictionary<string, object?>(), CancellationToken.None);
        return Convert.ToInt32(result.Rows[0][0]);
    }

    internal static JsonObject Item(string type, string title, string? path, bool published)
    {
        var item = new JsonObject
        {
            ["ContentItemId"] = IdGenerator.NewId(), ["ContentType"] = type, ["DisplayText"] = title,
            ["Latest"] = true, ["Published"] = published,
            ["TitlePart"] = new JsonObject { ["Title"] = title },
        };
        if (path is not null) item["AutoroutePart"] = new JsonObject { ["Path"] = path };
        return item;
    }
}
