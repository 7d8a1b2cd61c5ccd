using Cms.Abstractions.Editing;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.ContentFields.Fields;

namespace Cms.ContentFields.Editors;

/// <summary>A link: an absolute http(s) or mailto address, or a path of the site starting with '/'.</summary>
public sealed class LinkFieldEditor : IContentEditor
{
    public string View => "/Editors/_LinkField.cshtml";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        var url = context.Text(element.Key("Url"));
        var text = context.Text(element.Key("Text"));
        if (url is null && element.Settings.Get<LinkFieldSettings>().Required)
        {
            context.Error(element.Prefix, $"« {element.Label} » est obligatoire.");
        }
        else if (url is not null && !IsValid(url))
        {
            context.Error(element.Prefix, $"« {url} » n'est pas une adresse valide : attendu https://…, mailto:… ou un chemin du site commençant par /.");
        }
        target["Url"] = url;
        target["Text"] = text;
        return Task.CompletedTask;
    }

    public static bool IsValid(string url) => LinkField.IsValidUrl(url);
}
