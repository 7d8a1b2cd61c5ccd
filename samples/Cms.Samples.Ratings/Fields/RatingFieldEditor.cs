using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Editing;

namespace Cms.Samples.Ratings.Fields;

/// <summary>Radio buttons 1…Max (and « Pas de note »); a value out of range is refused with the field's label.</summary>
public sealed class RatingFieldEditor : IContentEditor
{
    public string View => "/Fields/_RatingField.cshtml";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        var settings = element.Settings.Get<RatingFieldSettings>();
        var text = context.Text(element.Key("Value"));
        if (text is null)
        {
            if (settings.Required) context.Error(element.Prefix, $"« {element.Label} » est obligatoire.");
            else target["Value"] = null;
            return Task.CompletedTask;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1 || value > settings.Max)
        {
            context.Error(element.Prefix, $"« {element.Label} » doit être une note de 1 à {settings.Max}.");
            return Task.CompletedTask;
        }
        target["Value"] = value;
        return Task.CompletedTask;
    }
}
