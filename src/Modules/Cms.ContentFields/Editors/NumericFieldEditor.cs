using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.Editing;
using Cms.ContentFields.Fields;

namespace Cms.ContentFields.Editors;

/// <summary>
/// A number typed with a comma or a point as decimal separator, checked against the settings (decimals, minimum,
/// maximum, required). A refused value leaves the stored one as it was.
/// </summary>
public sealed class NumericFieldEditor : IContentEditor
{
    public string View => "/Editors/_NumericField.cshtml";

    public Task UpdateAsync(EditorElement element, EditorUpdateContext context, JsonObject target)
    {
        var settings = element.Settings.Get<NumericFieldSettings>();
        var text = context.Text(element.Key("Value"));
        if (text is null)
        {
            if (settings.Required) context.Error(element.Prefix, $"« {element.Label} » est obligatoire.");
            else target["Value"] = null;
            return Task.CompletedTask;
        }
        if (!TryParse(text, out var value))
        {
            context.Error(element.Prefix, $"« {element.Label} » : « {text} » n'est pas un nombre.");
            return Task.CompletedTask;
        }
        var error = Check(value, settings, element.Label);
        if (error is not null)
        {
            context.Error(element.Prefix, error);
            return Task.CompletedTask;
        }
        target["Value"] = value;
        return Task.CompletedTask;
    }

    /// <summary>Accepts <c>12,5</c> and <c>12.5</c>, spaces as thousands separators, no exponent.</summary>
    public static bool TryParse(string text, out decimal value) =>
        decimal.TryParse(string.Concat(text.Where(c => c is not (' ' or '\u00a0' or '\u202f'))).Replace(',', '.'),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    /// <summary>The French message for a value the settings refuse, or null.</summary>
    public static string? Check(decimal value, NumericFieldSettings settings, string label)
    {
        if (decimal.Round(value, Math.Max(0, settings.Scale)) != value)
        {
            return settings.Scale <= 0
                ? $"« {label} » doit être un nombre entier."
                : $"« {label} » accepte au plus {settings.Scale} décimale{(settings.Scale > 1 ? "s" : "")}.";
        }
        if (settings.Minimum is { } min && value < min) return $"« {label} » doit être supérieur ou égal à {Show(min)}.";
        if (settings.Maximum is { } max && value > max) return $"« {label} » doit être inférieur ou égal à {Show(max)}.";
        return null;
    }

    public static string Show(decimal? value) => value?.ToString(CultureInfo.GetCultureInfo("fr-FR")) ?? "";
}
