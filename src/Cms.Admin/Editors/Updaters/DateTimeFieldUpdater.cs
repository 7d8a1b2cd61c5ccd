using System.Text.Json.Nodes;
using Cms.Abstractions.Definitions;

namespace Cms.Admin.Editors.Updaters;

/// <summary>A Paris wall-clock time typed in a <c>datetime-local</c> input, stored in UTC (see <see cref="ParisTime"/>).</summary>
public sealed class DateTimeFieldUpdater : IEditorUpdater
{
    public string Kind => "DateTimeField";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        var text = context.Text(element.Key("Value"));
        if (!ParisTime.TryParseInput(text, out var utc, out var error))
        {
            // The stored value stays as it was; the form shows what was typed with the error.
            context.Error(element.Prefix, error!);
            return Task.CompletedTask;
        }
        if (utc is null && element.Settings.Get<DateTimeFieldSettings>().Required)
        {
            context.Error(element.Prefix, $"« {element.Label} » est obligatoire.");
        }
        target["Value"] = utc is null ? null : utc.Value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
        return Task.CompletedTask;
    }
}
