using System.Security.Claims;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Editing;
using Cms.ContentFields.Editors;
using Cms.Display.Markdown;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Cms.Display.Tests;

/// <summary>HtmlField: what the editor posts is stored sanitized with the bodies' sanitizer; too deep a nesting is refused.</summary>
public class HtmlFieldTests
{
    private static (EditorElement Element, EditorUpdateContext Context) Post(string html) =>
        (new EditorElement { Kind = "HtmlField", View = "", Prefix = "Page.Intro", PartName = "Page", FieldName = "Intro", Label = "Introduction" },
         new EditorUpdateContext(new FormCollection(new Dictionary<string, StringValues> { ["Page.Intro.Html"] = html }), new ClaimsPrincipal(), default));

    [Fact]
    public async Task Posted_html_is_stored_without_scripts_or_handlers_and_allowed_markup_is_kept()
    {
        using var harness = new DisplayHarness();
        var editor = new HtmlFieldEditor(harness.Scope.ServiceProvider.GetRequiredService<MarkdownService>());
        var (element, context) = Post("<h2>Titre</h2><p onmouseover=\"alert(1)\">Texte <a href=\"javascript:alert(2)\">lien</a> <strong>fort</strong></p><script>alert(3)</script>");
        var target = new JsonObject();
        await editor.UpdateAsync(element, context, target);
        Assert.Empty(context.Errors);
        var stored = target["Html"]!.GetValue<string>();
        Assert.Contains("<h2>Titre</h2>", stored);
        Assert.Contains("<strong>fort</strong>", stored);
        Assert.DoesNotContain("alert", stored);
        Assert.DoesNotContain("script", stored);
    }

    [Fact]
    public async Task Html_nested_too_deep_is_refused_naming_the_field_and_nothing_is_stored()
    {
        using var harness = new DisplayHarness();
        var editor = new HtmlFieldEditor(harness.Scope.ServiceProvider.GetRequiredService<MarkdownService>());
        var deep = string.Concat(Enumerable.Repeat("<div>", HtmlNesting.MaxDepth + 5)) + "x";
        var (element, context) = Post(deep);
        var target = new JsonObject { ["Html"] = "<p>avant</p>" };
        await editor.UpdateAsync(element, context, target);
        var error = Assert.Single(context.Errors);
        Assert.Contains("« Introduction »", error.Message);
        Assert.Equal("<p>avant</p>", target["Html"]!.GetValue<string>());
    }
}
