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
        if (ApplyTo(items, parts[1], parts[2], bag, allowedTypes) is { } error) return error;
        item.SetBagItems(bag, items);
        return null;
    }

    /// <summary>
    /// Applies <paramref name="verb"/> to a list of nested items (a bag's, a flow's widgets): <c>add</c> a new item of type
    /// <paramref name="argument"/> (one of <paramref name="allowedTypes"/>) at the end, <c>remove</c>, <c>up</c> or <c>down</c>
    /// the item at position <paramref name="argument"/> (from 0). Returns an error message naming <paramref name="holder"/>, or null when done.
    /// </summary>
    public static string? ApplyTo(List<ContentItem> items, string verb, string argument, string holder, IReadOnlyCollection<string> allowedTypes)
    {
        switch (verb)
        {
            case "add":
                if (!allowedTypes.Contains(argument)) return $"« {holder} » ne peut pas contenir d'élément de type « {argument} ».";
                items.Add(ContentEditorUpdater.NewNested(argument));
                break;
            case "remove" when Position(argument, items.Count) is { } p:
                items.RemoveAt(p);
                break;
            case "up" when Position(argument, items.Count) is { } p && p > 0:
                (items[p - 1], items[p]) = (items[p], items[p - 1]);
                break;
            case "down" when Position(argument, items.Count) is { } p && p < items.Count - 1:
                (items[p + 1], items[p]) = (items[p], items[p + 1]);
                break;
            case "up" or "down" when Position(argument, items.Count) is not null:
                return null; // already first or last: nothing to move
            default:
                return $"Action « {verb} » inconnue.";
        }
        return null;
    }

    private static int? Position(string text, int count) =>
        int.TryParse(text, out var p) && p >= 0 && p < count ? p : null;
}
