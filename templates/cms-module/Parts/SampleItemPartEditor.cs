using System.Text.Json.Nodes;
using Cms.Abstractions.Editing;

namespace Sample.Module.Parts;

/// <summary>The summary's text area in the back office's form: required, <see cref="SampleItemPart.SummaryMaxLength"/> characters at most.</summary>
public sealed class SampleItemPartEditor : IContentEditor
{
    public string View => "/Parts/_SampleItemPart.cshtml";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        var summary = context.Text(element.Key("Summary"));
        if (SampleItemPart.Validate(summary) is { } error) context.Error(element.Prefix + ".Summary", error);
        target["Summary"] = summary;
        return Task.CompletedTask;
    }
}
