namespace Sample.Module.Parts;

/// <summary><c>{ "Summary": "…" }</c>: a short summary shown under the title and as the page's description.</summary>
public sealed class SampleItemPart
{
    public const int SummaryMaxLength = 300;

    public string? Summary { get; set; }

    /// <summary>The French message for a summary that cannot be saved, or null when it is valid.</summary>
    public static string? Validate(string? summary) =>
        string.IsNullOrWhiteSpace(summary) ? "« Résumé » est obligatoire."
        : summary.Length > SummaryMaxLength ? $"« Résumé » : {SummaryMaxLength} caractères au plus ({summary.Length} saisis)."
        : null;
}
