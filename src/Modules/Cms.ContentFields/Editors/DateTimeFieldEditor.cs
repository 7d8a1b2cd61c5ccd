using Cms.Abstractions.Editing;
using System.Text.Json.Nodes;
using Cms.Admin.Editors;
using Cms.Abstractions.Definitions;

namespace Cms.ContentFields.Editors;

/// <summary>A Paris wall-clock time typed in a <c>datetime-local</c> input, stored in UTC (see <see cref="ParisTime"/>).</summary>
public sealed class DateTimeFieldEditor : IContentEditor
{
    public string View => "/Editors/_DateTimeField.cshtml";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        var text = context.Text(element.Key("Value"));
        var stored = Stored(target);
        if (text is not null && stored is not null && text == ParisTime.ToInput(stored))
        {
            // Unchanged: keep the stored instant as it is (seconds, and the right side of an autumn change included).
            return Task.CompletedTask;
        }
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

    public static DateTime? Stored(JsonObject target) =>
        target["Value"] is JsonValue value && value.TryGetValue<string>(out var text)
        && DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var utc)
            ? utc
            : null;
}
