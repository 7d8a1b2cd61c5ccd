using System.Text.Json.Nodes;
using Cms.Abstractions.Editing;
using Cms.Alias.Services;

namespace Cms.Alias.Editors;

/// <summary>The « Alias » input; its form and uniqueness are checked when the item is saved (<see cref="Handlers.AliasPartHandler"/>).</summary>
public sealed class AliasPartEditor : IContentEditor
{
    public string View => "/Editors/_AliasPart.cshtml";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        var alias = AliasRules.Normalize(context.Text(element.Key("Alias")));
        if (alias is not null && AliasRules.Check(alias) is { } reason) context.Error(element.Prefix, $"« {element.Label} » : {reason}");
        target["Alias"] = alias;
        return Task.CompletedTask;
    }
}
