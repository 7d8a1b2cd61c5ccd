using System.Security.Claims;
using System.Text.Json.Nodes;
using Cms.Abstractions.Editing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Sample.Module.Parts;

namespace Sample.Module.Tests;

public sealed class EditorTests
{
    private static readonly EditorElement Element = new()
    {
        Kind = nameof(SampleItemPart), View = new SampleItemPartEditor().View, Prefix = "SampleItemPart", PartName = "SampleItemPart", Label = "Résumé",
    };

    private static async Task<(JsonObject Part, EditorUpdateContext Context)> PostAsync(string summary)
    {
        var form = new FormCollection(new Dictionary<string, StringValues> { ["SampleItemPart.Summary"] = summary });
        var context = new EditorUpdateContext(form, new ClaimsPrincipal(), CancellationToken.None);
        var part = new JsonObject();
        await new SampleItemPartEditor().UpdateAsync(Element, context, part);
        return (part, context);
    }

    [Fact]
    public async Task The_editor_reads_the_summary()
    {
        var (part, context) = await PostAsync("  Une phrase.  ");
        Assert.Empty(context.Errors);
        Assert.Equal("Une phrase.", part["Summary"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_editor_refuses_an_empty_summary()
    {
        var (_, context) = await PostAsync("   ");
        var error = Assert.Single(context.Errors);
        Assert.Equal(("SampleItemPart.Summary", "« Résumé » est obligatoire."), (error.Field, error.Message));
    }

    [Fact]
    public async Task The_editor_refuses_a_summary_too_long()
    {
        var (_, context) = await PostAsync(new string('a', SampleItemPart.SummaryMaxLength + 1));
        var error = Assert.Single(context.Errors);
        Assert.Equal($"« Résumé » : {SampleItemPart.SummaryMaxLength} caractères au plus ({SampleItemPart.SummaryMaxLength + 1} saisis).", error.Message);
    }
}
