using Cms.Abstractions.Content;

namespace Cms.Admin.Status;

/// <summary>The content list's status filter (<c>?statut=…</c>): the five states the list's badges show.</summary>
public static class StatusFilter
{
    /// <summary>The URL value and the French label of each state, in the order the filter offers them.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> Options =
    [
        ("publie", "Publié"),
        ("publie-brouillon", "Publié + brouillon en cours"),
        ("jamais-publie", "Brouillon jamais publié"),
        ("depublie", "Dépublié"),
        ("programme", "Programmé"),
    ];

    /// <summary>The state a URL value asks for; any other value lists every state.</summary>
    public static ContentState State(string? value) => value switch
    {
        "publie" => ContentState.Published,
        "publie-brouillon" => ContentState.PublishedWithDraft,
        "jamais-publie" => ContentState.NeverPublished,
        "depublie" => ContentState.Unpublished,
        "programme" => ContentState.Scheduled,
        _ => ContentState.Any,
    };
}
