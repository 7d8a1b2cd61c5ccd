using Cms.Abstractions.Editing;

namespace Cms.Admin.Editors;

/// <summary>
/// The label of every editor of a form by its key (<c>Event.EndDate</c> → « Fin »,
/// <c>InfoFields[0].InfoField.Link</c> → « Informations pratiques › Champ d'information 1 › Lien »), so that an error
/// summary names fields as the form shows them, never by their technical key.
/// </summary>
public sealed class ElementLabels
{
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);

    public ElementLabels(IEnumerable<EditorElement> elements) => Add(elements, parent: null);

    /// <summary>The label of the editor at <paramref name="key"/>, or of the closest editor holding it; null when none.</summary>
    public string? For(string key) => Find(key) is { } prefix ? _labels[prefix] : null;

    /// <summary>The id of the element holding <paramref name="key"/> (its group), for the summary's link.</summary>
    public string Anchor(string key) => EditorKinds.HtmlId((Find(key) ?? key) + ".group");

    private string? Find(string key)
    {
        for (var candidate = key; candidate.Length > 0; candidate = Parent(candidate))
        {
            if (_labels.ContainsKey(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The message as the summary lists it: « Fin : … », unless the message names its field already.</summary>
    public string Describe(string key, string message) =>
        For(key) is { } label && !message.Contains("« " + label + " »", StringComparison.Ordinal) ? $"{label} : {message}" : message;

    private static string Parent(string key)
    {
        var cut = Math.Max(key.LastIndexOf('.'), key.LastIndexOf('['));
        return cut <= 0 ? "" : key[..cut];
    }

    private void Add(IEnumerable<EditorElement> elements, string? parent)
    {
        foreach (var element in elements)
        {
            var label = parent is null ? element.Label : $"{parent} › {element.Label}";
            _labels[element.Prefix] = label;
            // A part holding fields is not named again before each of its fields.
            Add(element.Fields, parent);
            foreach (var item in element.BagItems)
            {
                var itemLabel = $"{label} › {item.TypeDisplayName} {item.Position + 1}";
                _labels[item.Prefix] = itemLabel;
                Add(item.Elements.SelectMany(e => e.Kind == EditorKinds.Fields ? e.Fields : [e]), itemLabel);
            }
        }
    }
}
