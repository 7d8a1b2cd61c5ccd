namespace Cms.LiquidTemplates.Services;

/// <summary>
/// Orchard's shape alternate names and ours. Orchard writes <c>Content__LandingPage</c> (shape <c>Content</c>,
/// alternate for the type) and <c>Content_Summary__BlogPost</c> (display type <c>Summary</c>); its template files, and
/// our alternates, spell them <c>Content-LandingPage</c> and <c>Content-BlogPost.Summary</c>: <c>__</c> becomes
/// <c>-</c> and a <c>_DisplayType</c> after the shape's name moves to the end as <c>.DisplayType</c>. A name already
/// in our spelling is kept.
/// </summary>
public static class TemplateNames
{
    public const int MaxLength = 255;

    /// <summary>Our alternate name for <paramref name="name"/> (Orchard's or ours).</summary>
    public static string ToAlternate(string name)
    {
        name = name.Trim();
        if (!name.Contains('_')) return name;
        var segments = name.Split("__");
        var head = segments[0];
        string? displayType = null;
        var underscore = head.IndexOf('_');
        if (underscore > 0)
        {
            displayType = head[(underscore + 1)..];
            head = head[..underscore];
        }
        var alternate = string.Join('-', [head, .. segments.Skip(1)]);
        return displayType is { Length: > 0 } ? $"{alternate}.{displayType}" : alternate;
    }

    /// <summary>The French reason <paramref name="name"/> cannot name a template, or null.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "Le nom du modèle est obligatoire (par exemple « Content__LandingPage »).";
        var trimmed = name.Trim();
        if (trimmed.Length > MaxLength) return $"Le nom du modèle dépasse {MaxLength} caractères.";
        if (!trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
        {
            return $"Le nom « {trimmed} » ne peut contenir que des lettres sans accent, des chiffres et « _ », « - » ou « . ».";
        }
        if (trimmed.Contains("..", StringComparison.Ordinal) || trimmed.StartsWith('.') || trimmed.EndsWith('.')) return $"Le nom « {trimmed} » n'est pas un nom de modèle.";
        return null;
    }
}
