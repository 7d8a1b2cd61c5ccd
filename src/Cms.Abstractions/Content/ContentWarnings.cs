namespace Cms.Abstractions.Content;

/// <summary>
/// What content handlers changed on their own while saving or importing and someone should hear about (unsafe HTML
/// removed from a field…), in French, each naming the item and the field. One per scope: a handler adds, the caller
/// that reports (the recipe <c>content</c> step into <c>RecipeReport.Warnings</c>) takes them with <see cref="Drain"/>.
/// </summary>
public sealed class ContentWarnings
{
    private readonly List<string> _warnings = [];

    public void Add(string warning)
    {
        lock (_warnings) _warnings.Add(warning);
    }

    /// <summary>The warnings added since the last call, removed from this collector.</summary>
    public IReadOnlyList<string> Drain()
    {
        lock (_warnings)
        {
            var all = _warnings.ToList();
            _warnings.Clear();
            return all;
        }
    }
}
