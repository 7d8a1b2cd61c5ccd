namespace Cms.Abstractions.Admin;

/// <summary>
/// An entry of the back office's navigation, contributed by the module that owns the pages it opens
/// (<see cref="AdminServiceCollectionExtensions.AddAdminMenuEntry"/>). Entries are shown by <see cref="Position"/>,
/// then by label, to users holding <see cref="Permission"/> (every signed-in user of the back office when null).
/// </summary>
/// <param name="Label">What editors read, in French (« Redirections »).</param>
/// <param name="Url">Where it leads, under <c>/admin</c>.</param>
/// <param name="Permission">The permission needed to see the entry, or null.</param>
/// <param name="Position">Smaller first; the core's entries use 10 (Contenus) to 90 (Utilisateurs).</param>
public sealed record AdminMenuEntry(string Label, string Url, string? Permission = null, int Position = 50)
{
    /// <summary>Further paths under which this entry is the current page (the entry's own <see cref="Url"/> always is).</summary>
    public IReadOnlyList<string> AlsoCurrentUnder { get; init; } = [];

    /// <summary>
    /// How closely the request (<paramref name="path"/> and <paramref name="query"/>, with its <c>?</c>) is one of this
    /// entry's pages: 0 when it is not, more for a closer match (an entry whose URL names a query value beats the same
    /// path without it), so that one entry only is marked as the current page.
    /// </summary>
    public int Match(string path, string query) =>
        Enumerable.Max([Score(path, query, Url), .. AlsoCurrentUnder.Select(prefix => Score(path, query, prefix))]);

    private static int Score(string path, string query, string target)
    {
        var parts = target.Split('?', 2);
        var bare = parts[0].TrimEnd('/');
        var under = path.Equals(bare, StringComparison.OrdinalIgnoreCase)
            || (bare.Length > 0 && bare != "/admin" && path.StartsWith(bare + "/", StringComparison.OrdinalIgnoreCase));
        if (!under) return 0;
        if (parts.Length == 1) return 2 * bare.Length;
        var wanted = parts[1].Split('&', StringSplitOptions.RemoveEmptyEntries);
        var given = query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries);
        return wanted.All(w => given.Contains(w, StringComparer.OrdinalIgnoreCase)) ? 2 * bare.Length + 1 : 0;
    }
}
