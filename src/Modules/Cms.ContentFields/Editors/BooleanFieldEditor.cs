using System.Text.Json.Nodes;
using Cms.Abstractions.Editing;

namespace Cms.ContentFields.Editors;

/// <summary>A checkbox: checked posts <c>Value=true</c>, unchecked posts nothing (the <c>Present</c> marker says the box was shown).</summary>
public sealed class BooleanFieldEditor : IContentEditor
{
    public string View => "/Editors/_BooleanField.cshtml";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        target["Value"] = context.Values(element.Key("Value")).Contains("true");
        return Task.CompletedTask;
    }
}
