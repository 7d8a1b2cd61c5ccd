using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Abstractions.Content;
using Cms.Abstractions.Transfer;
using Cms.Display.Markdown;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentModules.Tests;

/// <summary>
/// Done-when of issue 13 for an Orchard recipe: the site's export holds every content type and part (with its fields) of
/// the recipe's ContentDefinition steps, and every item of its content steps, part for part.
/// </summary>
public static partial class OrchardRecipeExport
{
    public static async Task AssertHoldsEveryTypeAndItemAsync(OrchardRecipe recipe, TestSite site)
    {
        var json = recipe.Json();
        await using var scope = site.Services.CreateAsyncScope();
        var export = await scope.ServiceProvider.GetRequiredService<IRecipeExporter>().ExportAsync(null);
        Func<string, string> clean = new HtmlCleaner(scope.ServiceProvider.GetRequiredService<MarkdownOptions>()).Clean;

        var definitions = Steps(export, "ContentDefinition").Single();
        var exportedTypes = definitions["ContentTypes"]!.AsArray().Select(t => (string)t!["Name"]!).ToHashSet();
        var exportedParts = definitions["ContentParts"]!.AsArray().ToDictionary(p => (string)p!["Name"]!, p => p!.AsObject());
        foreach (var step in Steps(json, "ContentDefinition"))
        {
            foreach (var type in step["ContentTypes"]?.AsArray() ?? [])
            {
                Assert.Contains((string)type!["Name"]!, exportedTypes);
            }
            foreach (var part in step["ContentParts"]?.AsArray() ?? [])
            {
                var exported = exportedParts[(string)part!["Name"]!];
                var fields = exported["ContentPartFieldDefinitionRecords"]!.AsArray().Select(f => (string)f!["Name"]! + ":" + (string)f["FieldName"]!);
                Assert.Equal(part["ContentPartFieldDefinitionRecords"]!.AsArray().Select(f => (string)f!["Name"]! + ":" + (string)f["FieldName"]!), fields);
            }
        }

        // The stored documents the recipe brought come back as their steps: templates by name, queries by name.
        var exportedTemplates = Steps(export, "Templates").SelectMany(s => s["Templates"]!.AsObject().Select(t => t.Key)).ToHashSet();
        foreach (var name in Steps(json, "Templates").SelectMany(s => s["Templates"]!.AsObject().Select(t => t.Key)))
        {
            Assert.Contains(name, exportedTemplates);
        }
        var exportedQueries = Steps(export, "queries").SelectMany(s => s["Queries"]!.AsArray().Select(q => (string)q!["Name"]!)).ToHashSet();
        foreach (var name in Steps(json, "queries").SelectMany(s => s["Queries"]!.AsArray().Select(q => (string)q!["Name"]!)))
        {
            Assert.Contains(name, exportedQueries);
        }
        // Media profiles by name and admin menus by id, with the recipe's values.
        var exportedProfiles = Steps(export, "MediaProfiles").Select(s => s["MediaProfiles"]!.AsObject()).SingleOrDefault();
        foreach (var (name, profile) in Steps(json, "MediaProfiles").SelectMany(s => s["MediaProfiles"]!.AsObject()))
        {
            AssertSameShape(profile, exportedProfiles?[name], $"MediaProfiles.{name}", recipe, clean);
        }
        var exportedMenus = Steps(export, "AdminMenu").SelectMany(s => s["data"]!.AsArray()).ToDictionary(m => (string)m!["Id"]!);
        foreach (var menu in Steps(json, "AdminMenu").SelectMany(s => s["data"]!.AsArray()))
        {
            AssertSameShape(menu, exportedMenus.GetValueOrDefault((string)menu!["Id"]!), $"AdminMenu.{menu["Name"]}", recipe, clean);
        }

        var items = Steps(export, "content").SelectMany(s => s["data"]!.AsArray()).Select(i => i!.AsObject()).ToList();
        var wantedItems = Steps(json, "content").SelectMany(s => (s["Data"] ?? s["data"])!.AsArray()).Select(i => i!.AsObject()).ToList();
        Assert.NotEmpty(wantedItems);
        foreach (var wanted in wantedItems)
        {
            var title = (string?)(wanted["DisplayText"] ?? wanted["Displaytext"]);
            var exported = items.Where(i => (string?)i["ContentType"] == (string?)wanted["ContentType"]
                && (IsExpression(title) || (string?)i["DisplayText"] == title)).ToList();
            var item = Assert.Single(exported);
            foreach (var (name, value) in wanted)
            {
                if (ContentItem.HeaderNames.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
                AssertSameShape(value, item[name], $"{wanted["ContentType"]} « {title} » {name}", recipe, clean);
            }
        }
    }

    /// <summary>The steps of that name (case-insensitive, as recipe step names are).</summary>
    public static IEnumerable<JsonObject> Steps(JsonObject recipe, string name) =>
        recipe["steps"]!.AsArray().Select(s => s!.AsObject()).Where(s => string.Equals((string?)s["name"], name, StringComparison.OrdinalIgnoreCase));

    private static bool IsExpression(string? text) => text is not null && text.StartsWith("[js:", StringComparison.Ordinal);

    /// <summary>
    /// The exported value has every property and item of the recipe's, with the same values; an expression of the
    /// recipe (<c>[js: uuid()]</c>, a variable, a parameter) stands for any text, <c>[file:text('…')]</c> for the file's
    /// HTML as the site's sanitizer keeps it.
    /// </summary>
    private static void AssertSameShape(JsonNode? wanted, JsonNode? actual, string where, OrchardRecipe recipe, Func<string, string> clean)
    {
        switch (wanted)
        {
            case JsonObject o:
                var a = Assert.IsType<JsonObject>(actual);
                foreach (var (name, value) in o) AssertSameShape(value, a[name], $"{where}.{name}", recipe, clean);
                break;
            case JsonArray arr:
                var b = Assert.IsType<JsonArray>(actual);
                Assert.True(arr.Count == b.Count, $"{where}: {arr.Count} element(s) expected, {b.Count} exported.");
                for (var i = 0; i < arr.Count; i++) AssertSameShape(arr[i], b[i], $"{where}[{i}]", recipe, clean);
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String && IsExpression((string?)v):
                Assert.True(actual is JsonValue av && av.GetValueKind() == JsonValueKind.String && ((string)av!).Length > 0, $"{where}: text expected.");
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String && FileText().Match((string)v!) is { Success: true } file:
                // The file as given, or as the sanitizer keeps it when it held unsafe markup (the recipe's report then names
                // the item).
                var text = recipe.ReadText(file.Groups[1].Value);
                Assert.True((string?)actual == text || (string?)actual == clean(text), $"{where}: the file's HTML expected, {actual?.ToJsonString()} exported.");
                break;
            default:
                Assert.True(JsonNode.DeepEquals(wanted, actual), $"{where}: {wanted?.ToJsonString()} expected, {actual?.ToJsonString()} exported.");
                break;
        }
    }

    [GeneratedRegex(@"^\[file:\s*text\('([^']+)'\)\]$")]
    private static partial Regex FileText();
}
