using Microsoft.AspNetCore.Http;

namespace Cms.Abstractions.Editing;

/// <summary>
/// What the form shows besides the item: the values posted when a save was refused (so that nothing typed is
/// lost, even what could not be stored, such as an invalid date) and the errors, keyed like the content manager's
/// (<c>AutoroutePart.Path</c>, <c>Event.StartDate</c>, <c>InfoFields[0].InfoField.Label</c>).
/// </summary>
public sealed class EditorState
{
    public IFormCollection? Attempted { get; init; }
    public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The posted value of <paramref name="key"/> when there is one, else <paramref name="current"/>.</summary>
    public string? Value(string key, string? current) =>
        Attempted is not null && Attempted.TryGetValue(key, out var posted) ? posted.ToString() : current;

    public void Add(string field, string message)
    {
        if (!Errors.TryGetValue(field, out var list)) Errors[field] = list = [];
        if (!list.Contains(message)) list.Add(message);
    }

    /// <summary>Errors for the element at <paramref name="prefix"/>: its own key, or a key one level below (<c>AutoroutePart.Path</c> for <c>AutoroutePart</c>).</summary>
    public IReadOnlyList<string> For(string prefix) =>
        Errors.Where(e => e.Key == prefix || (e.Key.StartsWith(prefix + ".", StringComparison.Ordinal) && !e.Key[(prefix.Length + 1)..].Contains('.')))
            .SelectMany(e => e.Value).ToList();
}
