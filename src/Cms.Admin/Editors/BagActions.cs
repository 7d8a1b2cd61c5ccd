using Cms.Abstractions.Content;

namespace Cms.Admin.Editors;

/// <summary>
/// The BagPart buttons, which work without JavaScript: each is a submit button named <c>bag-action</c> whose value
/// says what to do, e.g. <c>InfoFields|add|InfoField</c>, <c>InfoFields|remove|2</c>, <c>InfoFields|up|2</c>,
/// <c>InfoFields|down|2</c> (positions from 0). Nested bags are addressed by their prefix
/// (<c>Outer[1].Inner|add|X</c>) — only top-level bags are used by the current types.
/// </summary>
public static class BagActions
{
    /// <summary>Applies <paramref name="action"/> to <paramref name="item"/>; returns an error message, or null when done.</summary>
    public static string? Apply(ContentItem item, string action, IReadOnlyCollection<string> allowedTypes)
    {
        var parts = action.Split('|');
        if (parts.Length != 3 || parts[0].Length == 0 || parts[0].Contains('['))
        {
            return $"Action « {action} » inconnue.";
        }
        var bag = parts[0];
        var items = item.GetBagItems(bag).ToList();
        switch (parts[1])
        {
            case "add":
                if (!allowedTypes.Contains(parts[2])) return $"« {bag} » ne peut pas contenir d'élément de type « {parts[2]} ».";
                items.Add(ContentEditorUpdater.NewNested(parts[2]));
                break;
            case "remove" when Position(parts[2], items.Count) is { } p:
                items.RemoveAt(p);
                break;
            case "up" when Position(parts[2], items.Count) is { } p && p > 0:
                (items[p - 1], items[p]) = (items[p], items[p - 1]);
                break;
            case "down" when Position(parts[2], items.Count) is { } p && p < items.Count - 1:
                (items[p + 1], items[p]) = (items[p], items[p + 1]);
                break;
            case "up" or "down" when Position(parts[2], items.Count) is not null:
                return null; // already first or last: nothing to move
            default:
                return $"Action « {action} » inconnue.";
        }
        item.SetBagItems(bag, items);
        return null;
    }

    private static int? Position(string text, int count) =>
        int.TryParse(text, out var p) && p >= 0 && p < count ? p : null;
}
