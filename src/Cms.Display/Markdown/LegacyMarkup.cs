namespace Cms.Display.Markdown;

/// <summary>
/// How the classes of the old Jekyll site map to the DSFR. Decided once here:
/// <list type="bullet">
/// <item><c>a.button</c> (the centred call-to-action links) → <c>fr-btn</c>;</item>
/// <item><c>align="center"</c> and <c>.text-center</c> → <c>cms-center</c> (text-align: center, in the theme's CSS);</item>
/// <item><c>div.lien-important</c> → a DSFR callout (<c>fr-callout cms-lien-important</c>) whose paragraphs are
/// <c>fr-callout__text</c> and whose links are <c>fr-link</c> with a right arrow;</item>
/// <item><c>.encadre</c> / <c>.encadré</c> (Kramdown boxes) → <c>fr-callout</c>;</item>
/// <item><c>.margin-top-1</c> → <c>fr-mt-2w</c>, <c>.ouverture</c> → <c>fr-text--sm</c>;</item>
/// <item>tables are wrapped in <c>div.fr-table</c>.</item>
/// </list>
/// Classes starting with <c>fr-</c> or <c>cms-</c> are kept; any other class is dropped.
/// </summary>
public static class LegacyMarkup
{
    public const string LienImportant = "cms-lien-important";

    private static readonly Dictionary<string, string[]> Map = new(StringComparer.OrdinalIgnoreCase)
    {
        ["button"] = ["fr-btn"],
        ["btn"] = ["fr-btn"],
        ["text-center"] = ["cms-center"],
        ["lien-important"] = ["fr-callout", LienImportant],
        ["encadre"] = ["fr-callout"],
        ["encadré"] = ["fr-callout"],
        ["margin-top-1"] = ["fr-mt-2w"],
        ["ouverture"] = ["fr-text--sm"],
    };

    public static IEnumerable<string> MapClass(string name)
    {
        if (Map.TryGetValue(name, out var mapped)) return mapped;
        if (name.StartsWith("fr-", StringComparison.Ordinal) || name.StartsWith("cms-", StringComparison.Ordinal)) return [name];
        return [];
    }
}
