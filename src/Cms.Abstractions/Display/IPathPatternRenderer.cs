using Cms.Abstractions.Content;

namespace Cms.Abstractions.Display;

/// <summary>
/// Renders Orchard's AutoroutePart <c>Pattern</c> (Liquid: <c>{{ Model.ContentItem | display_text | slugify }}</c>) for an
/// item about to be saved, with the site's Liquid filters (a module's too, such as the Lists' <c>container</c>).
/// </summary>
public interface IPathPatternRenderer
{
    /// <summary>The rendered text (not yet a normalized path), or null with <paramref name="error"/> set when the pattern does not parse or fails.</summary>
    Task<PathPatternResult> RenderAsync(string pattern, ContentItem item, CancellationToken cancellationToken);

    /// <summary>True when <paramref name="pattern"/> holds Liquid (else it is the suite's own path prefix, such as <c>agenda/</c>).</summary>
    static bool IsLiquid(string? pattern) =>
        pattern is not null && (pattern.Contains("{{", StringComparison.Ordinal) || pattern.Contains("{%", StringComparison.Ordinal));
}

public sealed record PathPatternResult(string? Text, string? Error);
