namespace Cms.Alias.Services;

/// <summary>What an alias may be: at most 64 letters, digits, <c>-</c>, <c>_</c> or <c>.</c> (as Orchard's AliasPart).</summary>
public static class AliasRules
{
    public const int MaxLength = 64;

    /// <summary>The alias as stored (trimmed), or null when empty.</summary>
    public static string? Normalize(string? alias) => string.IsNullOrWhiteSpace(alias) ? null : alias.Trim();

    /// <summary>The key aliases are compared by.</summary>
    public static string Key(string alias) => alias.Trim().ToLowerInvariant();

    /// <summary>The French reason an alias is refused, or null.</summary>
    public static string? Check(string alias)
    {
        if (alias.Length > MaxLength) return $"L'alias « {alias} » dépasse {MaxLength} caractères.";
        if (alias.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            return $"L'alias « {alias} » ne peut contenir que des lettres sans accent, des chiffres et les caractères - _ .";
        }
        return null;
    }
}
