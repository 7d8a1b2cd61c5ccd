using System.Runtime.CompilerServices;

namespace Cms.Display.Liquid;

/// <summary>
/// Values a page's model hands to its template that stay the same instance for as long as what they show is
/// unchanged, and are never changed once marked (the published themes of a snapshot, the theme filters of one filter):
/// a <c>{% kept %}</c> block that reads such a <c>Model</c> value, or a member of it, is keyed by its reference
/// (<see cref="KeptTag"/>) instead of being rendered again for every page.
/// </summary>
public static class KeptValues
{
    private static readonly ConditionalWeakTable<object, object> Marked = new();
    private static readonly object Marker = new();

    /// <summary>Marks <paramref name="value"/> (which its owner will no longer change) and returns it.</summary>
    public static T Mark<T>(T value) where T : class
    {
        Marked.AddOrUpdate(value, Marker);
        return value;
    }

    public static bool IsMarked(object? value) => value is not null && Marked.TryGetValue(value, out _);
}
